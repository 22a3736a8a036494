/**
 * Schemas of the files the app loads, checked when they arrive: a truncated or foreign file is
 * told apart from a good one with a clear message instead of breaking the map later.
 */
import { z } from './zod';
import { KINDS, LINK_TYPES, PRACTICES, PRECISIONS, PROFILES, SCOPES } from './vocabulary';

const code = <C extends string>(codes: readonly C[]) => z.enum(codes as [C, ...C[]]);

export const ActorPropertiesSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: code(KINDS.codes),
  practices: z.array(code(PRACTICES.codes)),
  profile: code(PROFILES.codes).nullable(),
  scope: code(SCOPES.codes).nullable(),
  themes: z.array(z.string()),
  description: z.string(),
  website: z.string().refine((v) => v === '' || /^https?:\/\//.test(v), 'website must be http(s)'),
  region: z.string(),
  departement: z.string(),
  commune: z.string(),
  communeName: z.string(),
  precision: code(PRECISIONS.codes),
  locationBasis: z.string(),
  sources: z.array(z.string()),
  sample: z.boolean(),
  qualification: z.number().min(0).max(1),
  missing: z.array(z.string()),
});

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const ActorFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.object({ type: z.literal('Point'), coordinates: Position }).nullable(),
  properties: ActorPropertiesSchema,
});

export const ActorCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(ActorFeatureSchema),
});

export const LinkSchema = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  type: code(LINK_TYPES.codes),
  note: z.string(),
  sources: z.array(z.string()),
  sample: z.boolean(),
});

export const LinksSchema = z.array(LinkSchema);
