/**
 * The queue of proposals the staff review: filled from one link, a text with many (a mail, a
 * list pasted at once) or the files the atlas downloads (`.txt`, `.json`). Each link is decoded by
 * the proposals' own codec: a link that cannot be read is kept in the queue with the decoder's
 * messages, and nothing of it can ever be applied.
 */
import { decodeProposal, DECODE_MESSAGES, findProposalTokens } from '../../proposals/proposal-codec';
import type { FieldProblem } from '../../proposals/proposal-check';
import { PROPOSAL_FIELDS, type Proposal, type ProposalField } from '../../proposals/proposal-schema';

/** Where a proposal came from: the page's own address, a paste, or a file (its name). */
export type QueueOrigin = { kind: 'link' } | { kind: 'paste' } | { kind: 'file'; name: string };

export type Decision = 'accept' | 'reject';

/** What is decided of a proposal, field by field (and, for a report, of the report itself). */
export type Decisions = Partial<Record<ProposalField | 'report', Decision>>;

interface EntryBase {
  /** The encoded proposal: the same link twice is one entry. */
  key: string;
  origin: QueueOrigin;
}

export interface RefusedEntry extends EntryBase {
  status: 'refused';
  /** The decoder's messages, in French. */
  errors: string[];
}

export interface ReadableEntry extends EntryBase {
  /** `pending` until applied (at least one field accepted) or rejected whole. */
  status: 'pending' | 'applied' | 'rejected';
  proposal: Proposal;
  /** What the pipeline says of its fields (shown beside them; an error field cannot be accepted). */
  problems: FieldProblem[];
  decisions: Decisions;
  /** Once applied: the fiche's id in the sheet (a new fiche's own). */
  appliedId?: string;
}

export type QueueEntry = RefusedEntry | ReadableEntry;

/** The longest text read for proposals at once (a mailbox export is not a proposal). */
export const MAX_PASTE_LENGTH = 2_000_000;

/**
 * The entries of a text: one per link it holds, in order, those already in `known` left out; a
 * text without any link gives one refused entry that says so (or the decoder's words for a token
 * given alone).
 */
export function readProposalText(text: string, origin: QueueOrigin, known: ReadonlySet<string> = new Set()): QueueEntry[] {
  const body = text.slice(0, MAX_PASTE_LENGTH);
  let tokens = findProposalTokens(body);
  // A link given without its address (`1.eJy…`) is still a proposal.
  if (tokens.length === 0 && body.trim() !== '' && !/\s/.test(body.trim())) tokens = [body.trim()];
  if (tokens.length === 0)
    return [
      {
        key: `vide:${origin.kind === 'file' ? origin.name : body.slice(0, 40)}`,
        origin,
        status: 'refused',
        errors: [DECODE_MESSAGES.empty],
      },
    ];
  const entries: QueueEntry[] = [];
  for (const token of tokens) {
    if (known.has(token)) continue;
    const decoded = decodeProposal(token);
    entries.push(
      decoded.ok
        ? {
            key: token,
            origin,
            status: 'pending',
            proposal: decoded.proposal,
            problems: decoded.problems,
            decisions: initialDecisions(decoded.proposal, decoded.problems),
          }
        : { key: token, origin, status: 'refused', errors: decoded.errors },
    );
  }
  return entries;
}

/**
 * Every proposed field accepted but those the pipeline finds a problem in (it would leave them
 * empty or cut them): staff may still accept them. A report waits for a person.
 */
export function initialDecisions(proposal: Proposal, problems: readonly FieldProblem[]): Decisions {
  const decisions: Decisions = {};
  for (const field of proposedFields(proposal)) {
    decisions[field] = problems.some((p) => p.field === field) ? 'reject' : 'accept';
  }
  return decisions;
}

/** The fields a proposal gives, in the model's order. */
export function proposedFields(proposal: Proposal): ProposalField[] {
  return PROPOSAL_FIELDS.filter((f) => proposal.fields[f] !== undefined);
}

/** Adds entries to a queue, each link once (a refused entry of the same text too). */
export function addToQueue(queue: readonly QueueEntry[], entries: readonly QueueEntry[]): QueueEntry[] {
  const keys = new Set(queue.map((e) => e.key));
  const added = entries.filter((e) => {
    if (keys.has(e.key)) return false;
    keys.add(e.key);
    return true;
  });
  return [...queue, ...added];
}
