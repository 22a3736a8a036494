/**
 * The shapes of the files the pipeline writes and the app loads (under `public/data/`), as zod
 * schemas: the app checks what arrives against them (a truncated or foreign file is told apart from
 * a good one with a clear message instead of breaking the map later), and the data types are
 * inferred from them (`model.ts`), so that the two cannot drift apart.
 */
import { numberIn, textOf, z } from './zod';
import { KINDS, LINK_TYPES, PRACTICES, PRECISIONS, PROFILES, SCOPES } from './vocabulary';
import { ISO_DAY_OR_MONTH } from './grammar/dates';
import { E164, isEmailAddress } from './grammar/contact';

const code = <C extends string>(codes: readonly C[]) => z.enum(codes as [C, ...C[]]);

/**
 * What the first map, the filters, the list and the search by name need of an actor: the
 * properties of each feature of `actors.columns.json`. What only the fiche shows is in the details
 * shards (`ActorDetailsSchema`), loaded when a fiche asks for it.
 */
export const ActorMapPropertiesSchema = z.object({
  /** Stable identifier: the `id` column, or a slug of the name when the sheet has none. */
  id: textOf(1),
  name: textOf(1),
  kind: code(KINDS.codes),
  practices: z.array(code(PRACTICES.codes)),
  /** `null` when the source does not say (an actor that is not qualified yet). */
  profile: z.nullable(code(PROFILES.codes)),
  scope: z.nullable(code(SCOPES.codes)),
  themes: z.array(z.string()),
  /** INSEE codes. Empty string when unknown. */
  region: z.string(),
  departement: z.string(),
  commune: z.string(),
  /** Display name of the commune (current COG), or empty. */
  communeName: z.string(),
  precision: code(PRECISIONS.codes),
  /** True for generated sample data: never to be presented as real. */
  sample: z.boolean(),
  /** Share (0–1) of the key fields that are filled and valid. */
  qualification: numberIn(0, 1),
  /** The key fields that are missing or invalid (field names, see QUALIFICATION_FIELDS). */
  missing: z.array(z.string()),
});

const httpUrl = (what: string) => z.string().check(z.refine((v) => /^https?:\/\//.test(v), `${what} must be http(s)`));

/**
 * How to reach an organisation, each part absent when the sheet does not give it (or gives it
 * unusable: reported). Only contacts that may be published are here: a row whose contact is not
 * publishable has none, in any file (see `src/pipeline/contact-cells.ts`).
 */
export const ActorContactSchema = z.object({
  /** Street part of the postal address (« 12 rue des Écoles »); the commune is the actor's. */
  street: z.optional(z.string()),
  /** Five digits. */
  postcode: z.optional(z.string().check(z.regex(/^\d{5}$/))),
  email: z.optional(z.string().check(z.refine(isEmailAddress, 'email must be an email address'))),
  /** As French readers write it (« 05 49 12 34 56 »; international form abroad). */
  phone: z.optional(z.string()),
  /** The same number in E.164 (« +33549123456 »), for `tel:` links. */
  tel: z.optional(z.string().check(z.regex(E164))),
  /** Address of a contact form. */
  contactPage: z.optional(httpUrl('contactPage')),
  /** Pages on social networks. */
  social: z.optional(z.array(httpUrl('social'))),
  /** Opening hours, as free text. */
  hours: z.optional(z.string()),
});

/** What only the fiche (and the exports) show of an actor: one entry of a `details/<k>.json` shard. */
export const ActorDetailsSchema = z.object({
  /** The actor's `id`, as in `actors.columns.json`. */
  id: textOf(1),
  description: z.string(),
  /** Only http(s) URLs survive the pipeline; anything else is reported and left empty. */
  website: z.string().check(z.refine((v) => v === '' || /^https?:\/\//.test(v), 'website must be http(s)')),
  /** Where the facts come from (document names, URLs). */
  sources: z.array(z.string()),
  /** How the place is known: `seed` (the documents say), `name` (in the actor's name), `public` (publicly known seat), `coordinates` (given in the sheet) or empty. */
  locationBasis: z.string(),
  /**
   * When the keeper of the sheet last checked the facts: `yyyy-mm-dd`, `yyyy-mm` when the sheet
   * gives a month only, or empty when unknown. Absent from files built before it existed: read as empty.
   */
  verifiedAt: z._default(
    z.string().check(z.refine((v) => v === '' || ISO_DAY_OR_MONTH.test(v), 'verifiedAt must be yyyy-mm-dd or yyyy-mm')),
    '',
  ),
  /**
   * When the fiche last changed (a proposal accepted in the workshop): `yyyy-mm-dd` or `yyyy-mm`;
   * absent when the sheet does not say, so that files built without it keep their bytes.
   */
  updatedAt: z.optional(z.string().check(z.refine((v) => ISO_DAY_OR_MONTH.test(v), 'updatedAt must be yyyy-mm-dd or yyyy-mm'))),
  /** How to reach the actor; absent when the sheet gives no contact that may be published. */
  contact: z.optional(ActorContactSchema),
});

/** Rows per details shard (`meta.json` says it too): a fiche fetches ~150 KB (~40 KB gzipped) at most. */
export const DETAILS_SHARD_SIZE = 1000;

/** The file of the details shard `k`, relative to the data folder. */
export const detailsShardFile = (k: number): string => `details/${k}.json`;

/**
 * `details/<k>.json`: the details of the rows `first` to `first + details.length - 1` of
 * `actors.columns.json`, in its row order (`shardSize` rows per shard, see `meta.json`).
 */
export const DetailsShardSchema = z.object({
  first: z.int().check(z.gte(0)),
  details: z.array(ActorDetailsSchema),
});

/** Every property of an actor, as the pipeline builds it before splitting it into the two files. */
export const ActorRecordPropertiesSchema = z.object({
  ...ActorMapPropertiesSchema.shape,
  description: ActorDetailsSchema.shape.description,
  website: ActorDetailsSchema.shape.website,
  sources: ActorDetailsSchema.shape.sources,
  locationBasis: ActorDetailsSchema.shape.locationBasis,
  verifiedAt: ActorDetailsSchema.shape.verifiedAt,
  updatedAt: ActorDetailsSchema.shape.updatedAt,
  contact: ActorDetailsSchema.shape.contact,
});

const Position = z.tuple([numberIn(-180, 180), numberIn(-90, 90)]);

/** A GeoJSON feature (RFC 7946) of one actor. */
export const ActorFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  /** RFC 7946 allows a null geometry: national networks without a seat have no place. */
  geometry: z.nullable(z.object({ type: z.literal('Point'), coordinates: Position })),
  properties: ActorMapPropertiesSchema,
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

/** One text per distinct list of sources: a lone source as itself after a mark no JSON text starts with, several as their JSON. */
export const sourcesKey = (sources: readonly string[]): string => (sources.length === 1 ? `\u0000${sources[0]!}` : JSON.stringify(sources));

const count = z.int().check(z.gte(0));

/** `meta.json`: when the dataset was built, from what, what it holds and how many problems were found. */
export const DatasetMetaSchema = z.object({
  /** ISO date of the build (SOURCE_DATE_EPOCH when set, so that builds can be byte-identical). */
  builtAt: z.string(),
  counts: z.object({
    actors: count,
    projects: count,
    real: count,
    sample: count,
    located: count,
    unlocated: count,
    links: count,
    byPractice: z.record(code(PRACTICES.codes), count),
    byProfile: z.record(code([...PROFILES.codes, 'unknown'] as const), count),
    byScope: z.record(code([...SCOPES.codes, 'unknown'] as const), count),
  }),
  /** sha256 of each input file, by file name. */
  sources: z.record(z.string(), z.string()),
  problems: z.object({ errors: count, warnings: count }),
  /** The fiche-only details of the actors: `details/0.json` to `details/<shards - 1>.json`, `shardSize` rows each. */
  details: z.object({ shardSize: z.int().check(z.gte(1)), shards: count }),
  /**
   * Set for a dataset large enough to have one (`core/cluster-overview.ts`): the first map's
   * markers, drawn while the actors' file is read.
   */
  overview: z.optional(z.object({ file: z.string(), maxZoom: count })),
  /** Set by `npm run data:tiles`: the map reads the actors from this PMTiles archive instead of `actors.columns.json`. */
  tiles: z.optional(z.object({ file: z.string(), maxZoom: count, points: count })),
  /** sha256 of each published data file but `meta.json` itself, by file name (`details/0.json`…), names sorted. */
  files: z.optional(z.record(z.string(), z.string())),
});
