/**
 * A proposal's fields read by the pipeline's own code: they are put in a one-row sheet and read by
 * `readActorSheet`, so that the form, the workshop and `npm run data` say the same thing, in the
 * same words, of the same value.
 */
import { isEmailAddress } from '../../core/grammar/contact';
import { hasVisibleCharacter } from '../../core/grammar/text';
import type { CsvTable } from '../../core/csv';
import { ProblemLog, type Severity } from '../../core/problems';
import { readActorSheet } from '../../pipeline/actor-rows';
import type { Places } from '../../pipeline/placement';
import { PROPOSAL_FIELDS, type Proposal, type ProposalField } from './proposal-schema';

/** Where a problem lies: a field of the fiche, or a part of the proposal around it. */
export type ProblemTarget = ProposalField | 'report' | 'fromEmail' | 'fields';

export interface FieldProblem {
  field: ProblemTarget;
  severity: Severity;
  /** The pipeline's message (« adresse web invalide (seules les adresses http et https sont acceptées) »). */
  message: string;
}

/** The messages that are the proposal's own, not the pipeline's. */
export const CHECK_MESSAGES = {
  noChange: 'aucun champ modifié : changez au moins une valeur de la fiche',
  reportText: 'décrivez le problème en quelques mots',
  fromEmail: 'adresse de courriel invalide (attendu : nom@domaine.fr, sans espace ni accent)',
} as const;

/** Fields placement reads: without the gazetteer, their problems would all be « commune inconnue ». */
const PLACE_FIELDS: ReadonlySet<string> = new Set(['commune', 'postcode']);
/** A name for reading a correction whose name does not change (the sheet needs one). */
const STAND_IN_NAME = 'fiche';

export interface CheckOptions {
  /** The gazetteer as placement reads it; without it, the commune and postcode are not checked. */
  places?: Places | undefined;
  /** `yyyy-mm-dd`, the day of the check. */
  today?: string;
}

/** Every problem of a proposal's fields, with the pipeline's messages; empty when it may be sent. */
export function checkProposal(proposal: Proposal, options: CheckOptions = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const given = PROPOSAL_FIELDS.filter((f) => proposal.fields[f] !== undefined);
  if (proposal.kind !== 'report') problems.push(...checkFields(proposal.fields, given, proposal.kind === 'new', options));
  if (proposal.kind === 'correction' && given.length === 0 && !proposal.note?.trim())
    problems.push({ field: 'fields', severity: 'error', message: CHECK_MESSAGES.noChange });
  if (proposal.report?.reason === 'other' && !hasVisibleCharacter(proposal.report.text))
    problems.push({ field: 'report', severity: 'error', message: CHECK_MESSAGES.reportText });
  const email = proposal.from?.email?.trim();
  if (email && !isEmailAddress(email)) problems.push({ field: 'fromEmail', severity: 'error', message: CHECK_MESSAGES.fromEmail });
  return problems;
}

function checkFields(fields: Proposal['fields'], given: readonly ProposalField[], isNew: boolean, options: CheckOptions): FieldProblem[] {
  const values: Record<string, string> = {};
  for (const f of given) values[f] = fields[f] ?? '';
  const name = fields.name ?? '';
  // A row without a name is left out before its other cells are read: a form says everything at once.
  const problems = hasVisibleCharacter(name) ? [] : isNew || fields.name !== undefined ? readCells({ name }, options) : [];
  if (!hasVisibleCharacter(name)) values['name'] = STAND_IN_NAME;
  for (const p of readCells(values, options)) {
    if (!given.includes(p.field as ProposalField)) continue;
    if (problems.some((q) => q.field === p.field && q.message === p.message)) continue;
    problems.push(p);
  }
  return problems;
}

/** The problems `readActorSheet` finds in a one-row sheet of these cells (headers are the fields' names). */
function readCells(values: Record<string, string>, options: CheckOptions): FieldProblem[] {
  const header = Object.keys(values);
  const table: CsvTable = { delimiter: ',', header, rows: [{ line: 2, values, extra: [] }], problems: [] };
  const log = new ProblemLog('proposition');
  readActorSheet(table, options.places ?? NO_PLACES, log, new Set(), {
    sampleByDefault: false,
    columns: Object.fromEntries(header.map((h) => [h, h])),
    ...(options.today === undefined ? {} : { today: options.today }),
  });
  return log.problems
    .filter((p) => header.includes(p.column) && !(options.places === undefined && PLACE_FIELDS.has(p.column)))
    .map((p) => ({ field: p.column as ProposalField, severity: p.severity, message: p.message }));
}

/** A gazetteer that knows no place: used when the real one is not at hand (its problems are then dropped). */
const NO_PLACES: Places = {
  communeByCode: () => undefined,
  communesByPostcode: () => [],
  communesByName: () => [],
  departementExists: () => false,
  regionOfDepartement: () => undefined,
  regionExists: () => false,
  departementChefLieu: () => undefined,
  regionChefLieu: () => undefined,
  departementAt: () => undefined,
};
