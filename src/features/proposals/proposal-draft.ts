/**
 * What the form holds while a person fills it in, and the proposal it makes: a new fiche sends its
 * filled fields, a correction only the fields that differ from the fiche, a report its reason.
 * Values are kept as the sheet's cells (practices as `dialogue;lieu`, social links one a line).
 */
import type { ActorDetails, ActorProperties } from '../../core/model';
import { PRACTICES, type Practice } from '../../core/vocabulary';
import {
  PROPOSAL_FIELDS,
  PROPOSAL_VERSION,
  type Proposal,
  type ProposalField,
  type ProposalKind,
  type ReportReason,
} from './proposal-schema';

export type Cells = Record<ProposalField, string>;

export interface Draft {
  kind: ProposalKind;
  /** The fiche corrected or reported. */
  actorId?: string | undefined;
  actorName: string;
  cells: Cells;
  /** The fiche's cells as they are (all empty for a new fiche). */
  original: Cells;
  /** « Poitiers (86) »: how the chosen commune is shown. */
  communeLabel: string;
  reason: ReportReason;
  reportText: string;
  note: string;
  fromName: string;
  fromEmail: string;
}

const emptyCells = (): Cells => Object.fromEntries(PROPOSAL_FIELDS.map((f) => [f, ''])) as Cells;

export function newDraft(): Draft {
  const cells = { ...emptyCells(), kind: 'actor' };
  return {
    kind: 'new',
    actorName: '',
    cells,
    original: emptyCells(),
    communeLabel: '',
    reason: 'closed',
    reportText: '',
    note: '',
    fromName: '',
    fromEmail: '',
  };
}

/** A correction or a report of a fiche, its cells filled from what the atlas shows of it. */
export function draftOfFiche(kind: 'correction' | 'report', actor: ActorProperties, details: ActorDetails | undefined): Draft {
  const contact = details?.contact ?? {};
  const cells: Cells = {
    name: actor.name,
    kind: actor.kind,
    practices: actor.practices.join(';'),
    profile: actor.profile ?? '',
    scope: actor.scope ?? '',
    themes: actor.themes.join(' ; '),
    description: details?.description ?? '',
    website: details?.website ?? '',
    commune: actor.commune,
    street: contact.street ?? '',
    postcode: contact.postcode ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    contactPage: contact.contactPage ?? '',
    social: (contact.social ?? []).join('\n'),
    hours: contact.hours ?? '',
  };
  const communeLabel = actor.commune && actor.communeName ? `${actor.communeName} (${actor.departement})` : '';
  return { ...newDraft(), kind, actorId: actor.id, actorName: actor.name, cells, original: { ...cells }, communeLabel };
}

/** The cells that differ from the fiche (trimmed): all filled cells of a new fiche. */
export function changedFields(draft: Draft): ProposalField[] {
  return PROPOSAL_FIELDS.filter((f) => draft.cells[f].trim() !== draft.original[f].trim());
}

/** The proposal the draft makes, dated `at`. */
export function draftToProposal(draft: Draft, at: string): Proposal {
  const fields: Proposal['fields'] = {};
  if (draft.kind !== 'report') for (const f of changedFields(draft)) fields[f] = draft.cells[f].trim();
  const from = {
    ...(draft.fromName.trim() ? { name: draft.fromName.trim() } : {}),
    ...(draft.fromEmail.trim() ? { email: draft.fromEmail.trim() } : {}),
  };
  return {
    v: PROPOSAL_VERSION,
    kind: draft.kind,
    ...(draft.kind === 'new' ? {} : { actorId: draft.actorId ?? '' }),
    fields,
    ...(draft.kind === 'report' ? { report: { reason: draft.reason, text: draft.reportText.trim() } } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    ...(Object.keys(from).length > 0 ? { from } : {}),
    at,
  };
}

/** The practices of a cell (`dialogue;lieu`) with one ticked or unticked, in the vocabulary's order. */
export function togglePractice(cell: string, practice: Practice, on: boolean): string {
  const set = new Set(cell.split(';').filter((p) => p !== ''));
  if (on) set.add(practice);
  else set.delete(practice);
  return PRACTICES.codes.filter((c) => set.has(c)).join(';');
}

export function hasPractice(cell: string, practice: Practice): boolean {
  return cell.split(';').includes(practice);
}
