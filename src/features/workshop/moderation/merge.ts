/**
 * An accepted proposal merged into a sheet's table: a correction changes the cells of its row
 * that were accepted, a new fiche is a row appended with an id of its own, a report accepted
 * writes what was reported in a « signalement » column (the row stays: removing a fiche is the
 * keeper's decision, made in the sheet). Each accepted row gets today's date in its update
 * column (`mis_a_jour_le`), which the fiche shows as « Mise à jour le … ». A field without a
 * column gets one, named as the pipeline reads it. Pure: the store swaps the table.
 */
import type { CsvRow, CsvTable } from '../../../core/csv';
import { idFromName } from '../../../pipeline/actor-rows';
import { cellOf, type ColumnMap } from '../../../pipeline/columns';
import { IGNORED_COLUMN } from '../../../pipeline/sources';
import type { Proposal, ProposalField, ReportReason } from '../../proposals/proposal-schema';
import { actorColumnsOf, type ActorField } from './fiche-row';
import { proposedFields, type Decisions } from './proposal-queue';

/** The header a column added for a field gets: French, and read by the pipeline as that field. */
export const ADDED_HEADERS: Readonly<Record<ProposalField | 'id' | 'updatedAt', string>> = {
  id: 'id',
  name: 'nom',
  kind: 'nature',
  practices: 'pratiques',
  profile: 'profil',
  scope: 'echelle',
  themes: 'themes',
  description: 'description',
  website: 'site web',
  commune: 'commune',
  street: 'adresse',
  postcode: 'code postal',
  email: 'courriel',
  phone: 'telephone',
  contactPage: 'page de contact',
  social: 'reseaux sociaux',
  hours: 'horaires',
  updatedAt: 'mis_a_jour_le',
};

/** The column a report accepted is written in: kept in the sheet, never read by the pipeline. */
export const REPORT_HEADER = 'signalement';

/** The word written in the report column, by reason. */
export const REPORT_WORDS: Readonly<Record<ReportReason, string>> = {
  closed: 'fermé',
  moved: 'déménagé',
  'wrong-practice': 'pratiques à revoir',
  other: 'à vérifier',
};

export type MergedField = ProposalField | 'id' | 'updatedAt' | 'report';

export interface MergedChange {
  field: MergedField;
  /** The cell before ('' for a new row). */
  old: string;
  new: string;
}

export interface MergeResult {
  table: CsvTable;
  /** Column choices to add to the sheet's (header → field, or `ignore` for the report column). */
  columns: Record<string, string>;
  /** Every cell changed, in the order of the fields. */
  changes: MergedChange[];
  /** The fiche's id (a new fiche's own). */
  id: string;
  /** The row's line in the table. */
  line: number;
}

export interface MergeInput {
  table: CsvTable;
  /** The sheet's column choices (header → field or `ignore`). */
  chosen: Readonly<Record<string, string>>;
  proposal: Proposal;
  decisions: Decisions;
  /** The row's index in `table.rows` for a correction or a report. */
  rowIndex?: number;
  /** Ids already taken: a new fiche gets another. */
  taken?: ReadonlySet<string>;
  /** `yyyy-mm-dd`. */
  today: string;
}

/** The table with the accepted part of the proposal in, or null when nothing of it is accepted (or its row is missing). */
export function mergeProposal(input: MergeInput): MergeResult | null {
  const { proposal, decisions, today } = input;
  const accepted = proposedFields(proposal).filter((f) => decisions[f] === 'accept');
  const reportAccepted = proposal.kind === 'report' && proposal.report !== undefined && decisions.report === 'accept';
  if (accepted.length === 0 && !reportAccepted) return null;

  const header = [...input.table.header];
  const added: Record<string, string> = {};
  const columns: ColumnMap<ActorField> = actorColumnsOf(input.table, input.chosen);
  /** The column of a field, added at the end when the sheet has none. */
  const columnOf = (field: ActorField | 'report'): string => {
    if (field !== 'report' && columns[field] !== undefined) return columns[field];
    const wanted = field === 'report' ? REPORT_HEADER : ADDED_HEADERS[field as keyof typeof ADDED_HEADERS];
    let name = wanted;
    for (let n = 2; header.includes(name); n += 1) name = `${wanted} (${n})`;
    header.push(name);
    // A column that does not fold to its field's name (a taken header renamed) is chosen for it.
    if (field === 'report' || name !== wanted) added[name] = field === 'report' ? IGNORED_COLUMN : field;
    if (field !== 'report') columns[field] = name;
    return name;
  };

  const rows = input.table.rows.slice();
  let row: CsvRow;
  let id: string;
  const changes: MergedChange[] = [];
  const set = (field: MergedField, value: string) => {
    const column = columnOf(field === 'report' ? 'report' : field);
    const old = row.values[column] ?? '';
    if (old === value) return;
    row = { ...row, values: { ...row.values, [column]: value } };
    changes.push({ field, old, new: value });
  };

  if (proposal.kind === 'new') {
    const name = proposal.fields.name ?? '';
    id = uniqueId(idFromName(name), input.taken ?? new Set());
    const last = rows.at(-1)?.line ?? 1;
    row = { line: last + 1, values: {}, extra: [] };
    set('id', id);
  } else {
    const index = input.rowIndex ?? -1;
    const found = rows[index];
    if (!found) return null;
    row = found;
    id = proposal.actorId ?? cellOf(found, columns, 'id');
  }
  for (const field of accepted) set(field, proposal.fields[field] ?? '');
  if (reportAccepted && proposal.report) {
    const text = proposal.report.text.trim();
    set(
      'report',
      `${REPORT_WORDS[proposal.report.reason]} (signalé le ${frenchDate(proposal.at.slice(0, 10))}, accepté le ${frenchDate(today)})${text ? ` : ${text}` : ''}`,
    );
  }
  if (accepted.length > 0) set('updatedAt', today);

  if (proposal.kind === 'new') rows.push(row);
  else rows[input.rowIndex ?? 0] = row;
  // Rows keep every column of the header: an added column is empty in the other rows.
  return { table: { ...input.table, header, rows }, columns: added, changes, id, line: row.line };
}

/** `base`, or `base-2`, `base-3`… when taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** `2026-12-06` → `06/12/2026`. */
export function frenchDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}
