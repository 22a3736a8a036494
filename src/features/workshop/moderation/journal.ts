/**
 * The change log: one row per field decided, accepted or refused, with where the change came
 * from. Staff only: its « origine » names the person who proposed it (name and email), which
 * never goes into a sheet the pipeline reads; the journal is downloaded apart, as a sheet of its
 * own (`journal`), for French Excel (CSV) or as XLSX.
 */
import { FIELD_LABELS_FR } from '../columns/column-guess';
import type { Proposal } from '../../proposals/proposal-schema';
import { frenchDate, type MergedChange, type MergedField } from './merge';

export const JOURNAL_SHEET = 'journal';
export const JOURNAL_HEADER = ['date', 'fiche', 'nom de la fiche', 'champ', 'ancienne valeur', 'nouvelle valeur', 'origine', 'décision'];

export type JournalDecision = 'accepté' | 'refusé';

export interface JournalRow {
  /** `yyyy-mm-dd`, the day of the decision. */
  date: string;
  /** The fiche's id. */
  fiche: string;
  ficheName: string;
  field: MergedField;
  old: string;
  new: string;
  origin: string;
  decision: JournalDecision;
}

/** « proposition de Camille Martin (camille@…) du 06/12/2026 », « proposition anonyme du … ». */
export function proposalOrigin(proposal: Proposal): string {
  const name = proposal.from?.name?.trim() ?? '';
  const email = proposal.from?.email?.trim() ?? '';
  const who = name && email ? `de ${name} (${email})` : name ? `de ${name}` : email ? `de ${email}` : 'anonyme';
  return `proposition ${who} du ${frenchDate(proposal.at.slice(0, 10))}`;
}

/** The journal's rows of one decision: the changes accepted, then the fields refused (with what was proposed). */
export function journalRows(input: {
  proposal: Proposal;
  fiche: string;
  ficheName: string;
  today: string;
  accepted: readonly MergedChange[];
  refused: readonly { field: MergedField; current: string; proposed: string }[];
}): JournalRow[] {
  const origin = proposalOrigin(input.proposal);
  const base = { date: input.today, fiche: input.fiche, ficheName: input.ficheName, origin };
  return [
    ...input.accepted.map((c): JournalRow => ({ ...base, field: c.field, old: c.old, new: c.new, decision: 'accepté' })),
    ...input.refused.map((r): JournalRow => ({ ...base, field: r.field, old: r.current, new: r.proposed, decision: 'refusé' })),
  ];
}

/** The journal as the cells of a sheet (what `sheetToExcelCsv` and `sheetToXlsx` write). */
export function journalCells(rows: readonly JournalRow[]): { header: string[]; rows: string[][] } {
  return {
    header: [...JOURNAL_HEADER],
    rows: rows.map((r) => [frenchDate(r.date), r.fiche, r.ficheName, fieldWord(r.field), r.old, r.new, r.origin, r.decision]),
  };
}

/** `journal-2026-12-06.csv`. */
export function journalFileName(today: string, format: 'csv' | 'xlsx'): string {
  return `${JOURNAL_SHEET}-${today}.${format}`;
}

/** A field as the journal names it: the sheets' French words, as the column step says them. */
function fieldWord(field: MergedField): string {
  return field === 'report' ? 'signalement' : (FIELD_LABELS_FR.actors[field] ?? field);
}
