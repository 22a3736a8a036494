/**
 * What a spreadsheet could run as a formula in a CSV file, whatever way it reads it: split on `,`,
 * `;` or tab (quotes respected, as papaparse does), or on all three with quotes ignored, and each
 * cell cut at its line breaks. Each fragment is taken without the spaces, tabs and quotes before
 * it (readers trim them, which is why a cell must not start with a tab); it is a formula if it then
 * starts with `=` `+` `-` `@` and is not a plain number. Used by the tests of `neutralizeFormulas` and of the list's CSV export.
 */
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[ \u00A0\u202F]\d+)*(?:\.\d+)?(?:[ \u00A0\u202F]?%)?$/;

/** The fragments of `csv` that a spreadsheet reading it some way would take for a formula, each once. */
export function formulaFragments(csv: string): string[] {
  const byReader = [',', ';', '\t'].flatMap((delimiter) => Papa.parse<string[]>(csv, { delimiter, newline: '\r\n' }).data.flat());
  const naive = csv.split(/[,;\t]/);
  const fragments = [...byReader, ...naive]
    .flatMap((field) => field.split(/\r\n|\r|\n/))
    .map((fragment) => fragment.replace(/^[\s"]*/, ''))
    .filter((fragment) => FORMULA_START.test(fragment) && !PLAIN_NUMBER.test(fragment.replace(/[\s"]*$/, '')));
  return [...new Set(fragments)];
}
