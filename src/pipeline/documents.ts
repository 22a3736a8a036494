/**
 * The documents that facts come from. Sheets cite them by file name (`mentioned_in`); the map
 * shows their titles, and their web address when the list gives one. "all seeds" is the sheets'
 * shorthand for every document of the list. The list is read as the other sheets are: every cell
 * cleaned and capped, every problem reported with its line, column and value.
 */
import type { CsvTable } from '../core/csv';
import type { ProblemLog } from '../core/problems';
import { clip, hasVisibleCharacter } from '../core/grammar/text';
import { isEmptyTable } from './actor-rows';
import { DOCUMENT_COLUMNS, cellOf, mapColumns } from './columns';
import { MAX_REPORTED, cappedText, readWebAddress, reportExtraCells } from './sheet-cells';

/** What a citation of each document becomes among a fiche's sources: its title, then its address if any. */
export type DocumentCitations = ReadonlyMap<string, readonly string[]>;

/** Cells of the list are short: a title, a publisher, a date. */
const MAX_CELL = 300;

const ALL_DOCUMENTS = new Set(['all seeds', 'tous les documents']);

export function readDocuments(table: CsvTable, log: ProblemLog): DocumentCitations {
  const citations = new Map<string, string[]>();
  if (isEmptyTable(table)) {
    log.error(0, '', '', 'fichier vide', 'aucun document lu dans ce fichier');
    return citations;
  }
  const { columns, unknown, duplicates } = mapColumns(table.header, DOCUMENT_COLUMNS);
  for (const u of unknown) log.warning(1, u, '', 'colonne inconnue', 'ignorée');
  for (const d of duplicates)
    log.warning(1, d.header, '', `colonne en double (même champ que « ${d.first} »)`, 'ignorée (seule la première est lue)');
  const missing = (['id', 'title'] as const).filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    log.error(
      1,
      missing.join(', '),
      clip(table.header.join(table.delimiter), MAX_REPORTED),
      `colonne(s) manquante(s) : ${missing.join(', ')}`,
      'aucun document lu dans ce fichier',
    );
    return citations;
  }
  for (const p of table.problems)
    log.warning(p.line, '', '', `lecture CSV : ${p.message}`, p.action ?? 'ligne lue telle quelle, à vérifier');

  for (const row of table.rows) {
    reportExtraCells(row, log);
    const cell = (field: keyof typeof DOCUMENT_COLUMNS) =>
      cappedText(cellOf(row, columns, field), MAX_CELL, log, row.line, columns[field] ?? field);
    const id = cell('id');
    const title = cell('title');
    const rejection = rejectionOf(id, title, citations);
    if (rejection) {
      log.error(
        row.line,
        columns[rejection.field] ?? rejection.field,
        clip(rejection.value, MAX_REPORTED),
        rejection.message,
        'ligne écartée',
      );
      continue;
    }
    const details = [cell('publisher'), readDate(cell('date'), log, row.line, columns.date ?? 'date')].filter(Boolean).join(', ');
    const url = readWebAddress(cellOf(row, columns, 'url'), log, row.line, columns.url ?? 'url');
    citations.set(id, [details ? `${title} (${details})` : title, ...(url ? [url] : [])]);
  }
  return citations;
}

/** Why a row cannot be used: no id, an id already read, no title. */
function rejectionOf(id: string, title: string, known: ReadonlyMap<string, unknown>) {
  if (!hasVisibleCharacter(id)) return { field: 'id', value: '', message: 'identifiant de document vide' } as const;
  if (known.has(id))
    return { field: 'id', value: id, message: `identifiant de document déjà utilisé par une autre ligne (« ${id} »)` } as const;
  if (!hasVisibleCharacter(title)) return { field: 'title', value: id, message: 'titre de document vide' } as const;
  return undefined;
}

/** Replaces known document ids by their titles (and addresses); keeps anything else (a URL, a free text) as is. */
export function resolveSources(sources: readonly string[], documents: DocumentCitations): string[] {
  const out: string[] = [];
  for (const s of sources) {
    const expanded = ALL_DOCUMENTS.has(s.toLowerCase()) ? [...documents.values()].flat() : (documents.get(s) ?? [s]);
    for (const e of expanded) if (!out.includes(e)) out.push(e);
  }
  return out;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** « 12 juillet 2021 », « juillet 2021 » or « 2021 » from an ISO date; '' with a warning for a date that does not exist. */
function readDate(text: string, log: ProblemLog, line: number, column: string): string {
  if (text === '') return '';
  const formatted = formatDate(text);
  if (formatted === undefined) {
    log.warning(
      line,
      column,
      clip(text, MAX_REPORTED),
      'date invalide (attendu : une date qui existe, écrite AAAA, AAAA-MM ou AAAA-MM-JJ)',
      'laissée vide',
    );
  }
  return formatted ?? '';
}

export function formatDate(iso: string): string | undefined {
  const [, year = '', month, day] = ISO_DATE.exec(iso) ?? [];
  if (year === '') return undefined;
  if (month === undefined) return year;
  const m = Number(month);
  const monthName = MONTHS[m - 1];
  if (monthName === undefined) return undefined;
  if (day === undefined) return `${monthName} ${year}`;
  const d = Number(day);
  const y = Number(year);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 && !leap ? 28 : (DAYS_IN_MONTH[m - 1] ?? 0);
  return d >= 1 && d <= days ? `${d} ${monthName} ${year}` : undefined;
}
