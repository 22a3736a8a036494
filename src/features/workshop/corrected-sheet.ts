/**
 * A corrected sheet as the bytes the pipeline reads again: UTF-8 CSV in which every row stands on
 * its line of the file as first read (blank lines fill the gaps, and the reader skips them), so
 * that the report's line numbers, and the corrections made from them, still point at the same
 * rows after « Vérifier à nouveau ». A sheet read without a header row is written without one.
 */
import Papa from 'papaparse';
import type { CsvTable } from '../../core/csv';

export function correctedSheetText(table: CsvTable, header: boolean): string {
  const out: string[] = [];
  let line = 1;
  const put = (cells: readonly string[]) => {
    const text = Papa.unparse([cells], { newline: '\n', delimiter: ',' });
    out.push(text);
    line += 1 + (text.match(/\n/g)?.length ?? 0);
  };
  if (header) put(table.header);
  for (const row of table.rows) {
    while (line < row.line) {
      out.push('');
      line += 1;
    }
    const cells = table.header.map((name) => row.values[name] ?? '');
    put([...cells, ...row.extra]);
  }
  return `${out.join('\n')}\n`;
}

export function correctedSheetBytes(table: CsvTable, header: boolean): Uint8Array {
  return new TextEncoder().encode(correctedSheetText(table, header));
}
