/**
 * A proposal from a reader of the atlas: a new fiche, a correction of one, or a problem reported
 * on one. It travels as a link (see `proposal-codec.ts`) to the network's staff, who decide; the
 * fields are the cells a sheet row would hold, so that an accepted change merges into the sheet
 * as it is. Limits are the pipeline's (a longer text would be cut there) and refuse anything
 * bigger: a link is no document store.
 */
import { MAX_URL_LENGTH } from '../../pipeline/sheet-cells';
import { MAX_CONTACT_LENGTH } from '../../pipeline/contact-cells';
import { MAX_LENGTH } from '../../pipeline/actor-rows';
import { MAX_EMAIL_LENGTH } from '../../core/grammar/contact';
import { z } from '../../core/zod';

export const PROPOSAL_VERSION = 1;

export const PROPOSAL_KINDS = ['new', 'correction', 'report'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const REPORT_REASONS = ['closed', 'moved', 'wrong-practice', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** The fields of a fiche a reader may propose, by their names in the sheets (`ACTOR_COLUMNS`). */
export const PROPOSAL_FIELDS = [
  'name',
  'kind',
  'practices',
  'profile',
  'scope',
  'themes',
  'description',
  'website',
  'commune',
  'street',
  'postcode',
  'email',
  'phone',
  'contactPage',
  'social',
  'hours',
] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

/** Longest text of each field, in characters (the pipeline's own limits). */
export const FIELD_MAX_LENGTH: Readonly<Record<ProposalField, number>> = {
  name: MAX_LENGTH.name,
  kind: MAX_LENGTH.short,
  practices: MAX_LENGTH.short,
  profile: MAX_LENGTH.short,
  scope: MAX_LENGTH.short,
  themes: 1000,
  description: MAX_LENGTH.description,
  website: MAX_URL_LENGTH,
  commune: MAX_LENGTH.short,
  street: MAX_CONTACT_LENGTH.street,
  postcode: MAX_LENGTH.short,
  email: MAX_EMAIL_LENGTH,
  phone: MAX_LENGTH.short,
  contactPage: MAX_URL_LENGTH,
  social: 4000,
  hours: MAX_CONTACT_LENGTH.hours,
};

/** Longest free texts outside the fields. */
export const TEXT_MAX_LENGTH = { actorId: 100, report: 2000, note: 2000, fromName: 200 } as const;

/** Control characters have no business in a proposal (tabs and line ends apart). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const text = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((v) => !CONTROL.test(v), 'control'),
  );

const fieldShape = Object.fromEntries(PROPOSAL_FIELDS.map((f) => [f, z.optional(text(FIELD_MAX_LENGTH[f]))])) as {
  [F in ProposalField]: z.ZodMiniOptional<z.ZodMiniString<string>>;
};

export const ProposalSchema = z
  .strictObject({
    v: z.literal(PROPOSAL_VERSION),
    kind: z.enum(PROPOSAL_KINDS),
    /** The fiche corrected or reported (its `id`); absent for a new fiche. */
    actorId: z.optional(text(TEXT_MAX_LENGTH.actorId)),
    /** New fiche: its cells; correction: only the cells changed, with their new values. */
    fields: z.strictObject(fieldShape),
    report: z.optional(z.strictObject({ reason: z.enum(REPORT_REASONS), text: text(TEXT_MAX_LENGTH.report) })),
    /** A word for the network's staff. */
    note: z.optional(text(TEXT_MAX_LENGTH.note)),
    /** Who proposes: for the network's staff only, never published. */
    from: z.optional(z.strictObject({ name: z.optional(text(TEXT_MAX_LENGTH.fromName)), email: z.optional(text(MAX_EMAIL_LENGTH)) })),
    /** When the proposal was made (ISO date and time). */
    at: z.iso.datetime({ offset: true }),
  })
  .check(
    z.refine((p) => (p.kind === 'new') === (p.actorId === undefined), { message: 'actorId', path: ['actorId'] }),
    z.refine((p) => (p.kind === 'report') === (p.report !== undefined), { message: 'report', path: ['report'] }),
  );

export type Proposal = z.infer<typeof ProposalSchema>;
export type ProposalFields = Proposal['fields'];
