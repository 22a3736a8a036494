/**
 * Whether a sheet's first row is data rather than column names: a sheet exported without its
 * header, or pasted from the middle of a table. The workshop then asks the person instead of
 * taking the first organisation for the column names.
 *
 * Column names are short words; data holds values: codes, emails, numbers, dates, sentences.
 * A known column name is a strong sign of a header, and a row with no value at all is one. Years alone ("2021", "2022") are common column names of statistics sheets, so they do not
 * count as values; numbers, oui/non and long titles without a full stop count only when they fill
 * half the row.
 */

/** Values no column name looks like: one is enough. */
const STRONG_VALUES: readonly RegExp[] = [
  /^(?:\d{5}|2[AB]\d{3})$/i, // INSEE code or postcode
  /^(?:\d{5}|2[AB]\d{3})\s+cedex(?:\s+\d+)?$/i,
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/, // email
  /^(?:https?:\/\/|www\.)\S+$/i, // web address
  /^[+-]?\d{1,3}[.,]\d{3,}$/, // a coordinate in degrees
  /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/, // a French phone number
  /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/, // 01/02/2020
  /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/, // 2020-02-01
  /^\d{1,2}[:h]\d{2}\s*[-–]\s*\d{1,2}[:h]\d{2}/i, // opening hours, 09:00 - 12:00
];
/** Values a column name may look like now and then (« 1 », « Oui »): they count when they fill half the row. */
const WEAK_VALUES: readonly RegExp[] = [
  /^[+-]?\d+(?:[.,]\d+)?\s*%?$/, // a number
  /^[+-]?\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?$/, // a number with thousands separators
  /^(?:oui|non|vrai|faux|true|false)$/i,
];
const YEAR = /^(?:19|20)\d{2}$/;
/**
 * A sentence: a long text that ends with a full stop is no column name; without one, only prose
 * longer than any title counts, and only as a weak sign.
 */
const MIN_SENTENCE_LENGTH = 40;
const MIN_SENTENCE_WORDS = 7;
const MIN_PROSE_WORDS = 12;

type ValueKind = 'strong' | 'weak';

function valueKind(cell: string): ValueKind | undefined {
  const text = cell.trim();
  if (text === '' || YEAR.test(text)) return undefined;
  if (STRONG_VALUES.some((pattern) => pattern.test(text))) return 'strong';
  if (WEAK_VALUES.some((pattern) => pattern.test(text))) return 'weak';
  if (text.length < MIN_SENTENCE_LENGTH) return undefined;
  const words = text.split(/\s+/).length;
  if (words >= MIN_SENTENCE_WORDS && /[.!]$/.test(text)) return 'strong';
  return words >= MIN_PROSE_WORDS ? 'weak' : undefined;
}

/** Whether one cell reads as a value rather than a column name. */
export function looksLikeValue(cell: string): boolean {
  return valueKind(cell) !== undefined;
}

/**
 * True when the first row (read as `header`) holds values rather than column names: a value no
 * column name looks like (a code, an email, a date…) and no known column name, or values in at
 * least half of its filled cells. A known column name settles it for a header, unless the row
 * holds more such values than known names: a commune called Villé folds to « ville ».
 */
export function firstRowLooksLikeData(header: string[], knownHeader: (h: string) => boolean): boolean {
  const filled = header.map((h) => h.trim()).filter((h) => h !== '');
  if (filled.length === 0) return false;
  const kinds = filled.map(valueKind);
  const strong = kinds.filter((kind) => kind === 'strong').length;
  const known = filled.filter(knownHeader).length;
  if (known > 0) return strong >= 2 && strong > known;
  if (strong > 0) return true;
  const values = kinds.filter((kind) => kind !== undefined).length;
  return values > 0 && values * 2 >= filled.length;
}
