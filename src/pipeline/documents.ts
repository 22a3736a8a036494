/**
 * The documents that facts come from. Sheets cite them by file name (`mentioned_in`); the map
 * shows their titles. "all seeds" is the sheets' shorthand for every document of the list.
 */
import type { CsvTable } from '../core/csv';

export type DocumentTitles = ReadonlyMap<string, string>;

const ALL_DOCUMENTS = new Set(['all seeds', 'tous les documents']);

export function readDocuments(table: CsvTable): DocumentTitles {
  const titles = new Map<string, string>();
  for (const { values } of table.rows) {
    const id = values.id ?? '';
    if (!id || !values.title) continue;
    const details = [values.publisher, formatDate(values.date ?? '')].filter(Boolean).join(', ');
    titles.set(id, details ? `${values.title} (${details})` : values.title);
  }
  return titles;
}

/** Replaces known document ids by their titles; keeps anything else (a URL, a free text) as is. */
export function resolveSources(sources: readonly string[], titles: DocumentTitles): string[] {
  const out: string[] = [];
  for (const s of sources) {
    const expanded = ALL_DOCUMENTS.has(s.toLowerCase()) ? [...titles.values()] : [titles.get(s) ?? s];
    for (const e of expanded) if (!out.includes(e)) out.push(e);
  }
  return out;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
