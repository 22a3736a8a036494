/**
 * Calendar dates as the network's sheets write them, read into ISO 8601 text.
 *
 * Read: `jj/mm/aaaa` and `j/m/aaaa` (day first, as in French; `-` or `.` also separate), `jj/mm/aa`
 * (20aa), `aaaa-mm-jj` (with a time after it, ignored), a spreadsheet's day number (the number a
 * spreadsheet keeps for a date, 1900 system: 36526 is 1 January 2000; read from 2000 to 2099 only,
 * so that a year or a count is never taken for a date), and a month alone, `mm/aaaa` or `aaaa-mm`.
 * A month alone stays a month (`2026-03`, ISO 8601's reduced precision): inventing a day would
 * state what the sheet does not.
 */

export type DateReading =
  | { kind: 'empty' }
  /** `iso` is `yyyy-mm-dd`, or `yyyy-mm` for a month alone. */
  | { kind: 'date'; iso: string }
  /** Not a date in any accepted form. */
  | { kind: 'unreadable' }
  /** A date's shape, but no such day (31/02/2026, month 13). */
  | { kind: 'impossible' }
  /** A real day after `today`. */
  | { kind: 'future'; iso: string };

/** `yyyy-mm-dd` or `yyyy-mm`: what `readDate` gives and the data files hold. */
export const ISO_DAY_OR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const SERIAL = /^\d{5}(?:[.,]\d+)?$/;

/** Day numbers of 1 January 2000 and 31 December 2099 in a spreadsheet's 1900 date system. */
const SERIAL_MIN = 36526;
const SERIAL_MAX = 73050;
/** Day 0 of the 1900 system, counting its phantom 29 February 1900 (all our serials come after it). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * The date written in `text`, judged against `today` (`yyyy-mm-dd`): a day after it is `future`,
 * a month after today's month too.
 */
export function readDate(text: string, today: string): DateReading {
  const value = text.trim();
  if (value === '') return { kind: 'empty' };
  const iso = isoOf(value);
  if (iso === null || iso === 'impossible') return { kind: iso === null ? 'unreadable' : 'impossible' };
  // ISO text compares in calendar order; a month alone is compared with today's month.
  return iso > today.slice(0, iso.length) ? { kind: 'future', iso } : { kind: 'date', iso };
}

function isoOf(value: string): string | 'impossible' | null {
  let m = DAY_FIRST.exec(value);
  if (m) return day(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = YEAR_FIRST.exec(value);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_YEAR.exec(value);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = YEAR_MONTH.exec(value);
  if (m) return month(Number(m[1]), Number(m[2]));
  if (SERIAL.test(value)) return fromSerial(Number(value.replace(',', '.')));
  return null;
}

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function day(year: number, monthNumber: number, dayNumber: number): string | 'impossible' {
  const date = new Date(Date.UTC(year, monthNumber - 1, dayNumber));
  // Date.UTC rolls 31/02 over into March: a day that does not exist comes back changed.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== dayNumber) return 'impossible';
  return `${pad(year, 4)}-${pad(monthNumber, 2)}-${pad(dayNumber, 2)}`;
}

function month(year: number, monthNumber: number): string | 'impossible' {
  if (monthNumber < 1 || monthNumber > 12) return 'impossible';
  return `${pad(year, 4)}-${pad(monthNumber, 2)}`;
}

function fromSerial(serial: number): string | null {
  const whole = Math.floor(serial);
  if (whole < SERIAL_MIN || whole > SERIAL_MAX) return null;
  return new Date(SERIAL_EPOCH + whole * DAY_MS).toISOString().slice(0, 10);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Today's date where the code runs, `yyyy-mm-dd` (the local calendar day, not UTC's). */
export function localToday(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/** The first day of an ISO day or month (`2026-03` → 2026-03-01), as a UTC timestamp; NaN when not one. */
export function isoStartTime(iso: string): number {
  if (!ISO_DAY_OR_MONTH.test(iso)) return Number.NaN;
  return Date.parse(iso.length === 7 ? `${iso}-01T00:00:00Z` : `${iso}T00:00:00Z`);
}
