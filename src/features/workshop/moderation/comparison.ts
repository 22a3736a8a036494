/**
 * A proposal beside the fiche it is about, field by field: the cell the sheet holds now, the
 * value proposed, and what the pipeline says of it. A new fiche is compared with nothing (every
 * cell is new); a correction or a report with its row of the sheets, which may be missing (the
 * fiche was removed, or the sheet opened is another one).
 */
import { cellOf } from '../../../pipeline/columns';
import type { FieldProblem } from '../../proposals/proposal-check';
import type { Proposal, ProposalField } from '../../proposals/proposal-schema';
import { findFicheRow, type FicheRow, type ModeratedSheet } from './fiche-row';
import { proposedFields } from './proposal-queue';

export interface ComparedField {
  field: ProposalField;
  /** The sheet's cell now ('' when empty, or when the sheet has no column for it). */
  current: string;
  proposed: string;
  /** The proposed value differs from the cell (spaces around apart). */
  changed: boolean;
  /** The sheet's column of the field; null when the sheet has none (accepting adds it). */
  column: string | null;
  problems: FieldProblem[];
}

export interface Comparison {
  /** The row of the fiche, for a correction or a report; null for a new fiche or a fiche not found. */
  target: FicheRow | null;
  /** A correction or a report whose fiche no sheet holds. */
  missing: boolean;
  fields: ComparedField[];
}

export function compareProposal(proposal: Proposal, problems: readonly FieldProblem[], sheets: readonly ModeratedSheet[]): Comparison {
  const target = proposal.actorId === undefined ? null : findFicheRow(sheets, proposal.actorId);
  const fields = proposedFields(proposal).map((field): ComparedField => {
    const proposed = proposal.fields[field] ?? '';
    const column = target ? (target.columns[field] ?? null) : null;
    const current = target ? cellOf(target.row, target.columns, field) : '';
    return {
      field,
      current,
      proposed,
      changed: current.trim() !== proposed.trim(),
      column,
      problems: problems.filter((p) => p.field === field),
    };
  });
  return { target, missing: proposal.kind !== 'new' && target === null, fields };
}
