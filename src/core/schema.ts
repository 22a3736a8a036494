/**
 * Schemas of the files the app loads, checked when they arrive: a truncated or foreign file is
 * told apart from a good one with a clear message instead of breaking the map later.
 */
import { numberIn, textOf, z } from './zod';
import { KINDS, LINK_TYPES, PRACTICES, PRECISIONS, PROFILES, SCOPES } from './vocabulary';

const code = <C extends string>(codes: readonly C[]) => z.enum(codes as [C, ...C[]]);

export const ActorPropertiesSchema = z.object({
  id: textOf(1),
  name: textOf(1),
  kind: code(KINDS.codes),
  practices: z.array(code(PRACTICES.codes)),
  profile: z.nullable(code(PROFILES.codes)),
  scope: z.nullable(code(SCOPES.codes)),
  themes: z.array(z.string()),
  description: z.string(),
  website: z.string().check(z.refine((v) => v === '' || /^https?:\/\//.test(v), 'website must be http(s)')),
  region: z.string(),
  departement: z.string(),
  commune: z.string(),
  communeName: z.string(),
  precision: code(PRECISIONS.codes),
  locationBasis: z.string(),
  sources: z.array(z.string()),
  sample: z.boolean(),
  qualification: numberIn(0, 1),
  missing: z.array(z.string()),
});

const Position = z.tuple([numberIn(-180, 180), numberIn(-90, 90)]);

export const ActorFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.nullable(z.object({ type: z.literal('Point'), coordinates: Position })),
  properties: ActorPropertiesSchema,
});

export const ActorCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(ActorFeatureSchema),
});

export const LinkSchema = z.object({
  source: textOf(1),
  target: textOf(1),
  type: code(LINK_TYPES.codes),
  note: z.string(),
  sources: z.array(z.string()),
  sample: z.boolean(),
});

export const LinksSchema = z.array(LinkSchema);
