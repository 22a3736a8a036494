import type { ActorDetails, ActorProperties } from '../../core/model';

/** What a form is opened for: a new fiche, or a correction or a report of the fiche shown. */
export type ProposalRequest =
  { kind: 'new' } | { kind: 'correction' | 'report'; actor: ActorProperties; details: ActorDetails | undefined };
