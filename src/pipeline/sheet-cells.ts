/**
 * What every sheet does with its cells, whatever it holds (actors, links, documents): clean the
 * text, cut what is too long, say which cells lie beyond the header, read oui/non and web
 * addresses, and report each of these with the row and column.
 */
import { parseBoolean } from '../core/grammar/codes';
import type { CsvRow } from '../core/csv';
import type { ProblemLog } from '../core/problems';
import { clip, safeUrl, sanitizeText, truncate } from '../core/grammar/text';

/** Length of a value quoted in the report. */
export const MAX_REPORTED = 200;

/** A cleaned cell, cut to `max` characters between two graphemes, with a warning when it was cut. */
export function cappedText(raw: string, max: number, log: ProblemLog, line: number, column: string): string {
  const clean = sanitizeText(raw);
  if (clean.length <= max) return clean;
  log.warning(line, column, clip(clean, MAX_REPORTED), `texte trop long (${clean.length} caractères)`, `coupé à ${max}`);
  return truncate(clean, max);
}

/** Cells beyond the header's columns are not read: says so. */
export function reportExtraCells(row: CsvRow, log: ProblemLog): void {
  if (row.extra.length === 0) return;
  log.warning(
    row.line,
    '',
    clip(row.extra.join(' | '), MAX_REPORTED),
    `${row.extra.length} cellule(s) au-delà des colonnes de l’en-tête`,
    'ignorée(s)',
  );
}

/** Column choices (`sources.json`, the workshop) that name no field of the sheet: the column is not read. */
export function reportBadChoices(choices: readonly { header: string; field: string }[], log: ProblemLog): void {
  for (const c of choices)
    log.warning(1, c.header, c.field, `champ inconnu choisi pour cette colonne (« ${c.field} »)`, 'colonne lue selon son en-tête');
}

/** An oui/non cell; empty or unreadable gives the sheet's default (unreadable with a warning). */
export function readSampleFlag(text: string, sampleByDefault: boolean, log: ProblemLog, line: number, column: string): boolean {
  if (text === '') return sampleByDefault;
  const value = parseBoolean(text);
  if (value !== undefined) return value;
  log.warning(
    line,
    column,
    clip(text, MAX_REPORTED),
    'valeur oui/non illisible',
    sampleByDefault ? 'lu comme « exemple »' : 'lu comme « réel »',
  );
  return sampleByDefault;
}

/** Longer web addresses are refused rather than cut (a cut address leads elsewhere). */
export const MAX_URL_LENGTH = 2000;

/** An http(s) address, or '' with a warning for anything else (another scheme, credentials, too long). */
export function readWebAddress(raw: string, log: ProblemLog, line: number, column: string): string {
  const text = sanitizeText(raw);
  if (text.length > MAX_URL_LENGTH) {
    log.warning(line, column, clip(text, MAX_REPORTED), `adresse web trop longue (${text.length} caractères)`, 'ignorée');
    return '';
  }
  const url = safeUrl(text);
  if (text !== '' && url === '') {
    log.warning(
      line,
      column,
      clip(text, MAX_REPORTED),
      'adresse web invalide (seules les adresses http et https sont acceptées)',
      'ignorée',
    );
  }
  return url;
}
