/**
 * The state of one proposal form: the draft, which fields to show errors for (touched, or all once
 * sending was asked), the pipeline's problems on the draft, and the link once it is ready.
 */
import { useMemo, useState } from 'react';
import { placesFromGazetteer } from '../../pipeline/gazetteer-places';
import { PERSONAL_EMAIL_MESSAGE } from '../../pipeline/contact-cells';
import { useGazetteer } from '../near-me/use-nearby';
import { checkProposal, type FieldProblem, type ProblemTarget } from './proposal-check';
import { encodeProposal, MAX_ENCODED_LENGTH, proposalLink } from './proposal-codec';
import { draftToProposal, type Draft } from './proposal-draft';
import type { Proposal } from './proposal-schema';

export interface ReadyProposal {
  proposal: Proposal;
  link: string;
}

/** The message of a proposal too long for a link. */
export const TOO_LONG_MESSAGE = 'proposition trop longue pour un lien : raccourcissez la description ou les autres textes';

/** The workshop's page, beside the atlas's. */
function workshopUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}atelier.html`, window.location.href).href;
}

/** A caution, not a fault: the email is kept for the staff, who ask the person's consent. */
const blocks = (p: FieldProblem) => p.message !== PERSONAL_EMAIL_MESSAGE;

export function useProposalForm(initial: () => Draft) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<ProblemTarget>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [ready, setReady] = useState<ReadyProposal | null>(null);
  const [tooLong, setTooLong] = useState(false);
  const gazetteer = useGazetteer(true);
  const places = useMemo(() => (gazetteer.data ? placesFromGazetteer(gazetteer.data, []) : undefined), [gazetteer.data]);
  const problems = useMemo(() => checkProposal(draftToProposal(draft, new Date(0).toISOString()), { places }), [draft, places]);

  const shown = problems.filter((p) => submitted || touched.has(p.field));
  const update = (change: (d: Draft) => Draft) => {
    setDraft(change);
    setTooLong(false);
  };

  return {
    draft,
    gazetteer: gazetteer.data,
    ready,
    tooLong,
    /** Sending was asked: every problem is shown, and summed up. */
    submitted,
    /** The problems to show now, by field. */
    shown,
    blocking: shown.filter(blocks),
    update,
    touch: (field: ProblemTarget) => setTouched((t) => (t.has(field) ? t : new Set([...t, field]))),
    /** True when the proposal is ready to send; false when something must be fixed first. */
    submit(): boolean {
      setSubmitted(true);
      if (problems.some(blocks)) return false;
      const proposal = draftToProposal(draft, new Date().toISOString());
      if (encodeProposal(proposal).length > MAX_ENCODED_LENGTH) {
        setTooLong(true);
        return false;
      }
      setReady({ proposal, link: proposalLink(workshopUrl(), proposal) });
      return true;
    },
    edit: () => setReady(null),
  };
}
