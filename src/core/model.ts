/**
 * The shapes of the files the pipeline writes and the app loads (under `public/data/`).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Kind, LinkType, Practice, Precision, Profile, Scope } from './vocabulary';

export interface ActorProperties {
  /** Stable identifier: the `id` column, or a slug of the name when the sheet has none. */
  id: string;
  name: string;
  kind: Kind;
  practices: Practice[];
  /** `null` when the source does not say (an actor that is not qualified yet). */
  profile: Profile | null;
  scope: Scope | null;
  themes: string[];
  description: string;
  /** Only http(s) URLs survive the pipeline; anything else is reported and left empty. */
  website: string;
  /** INSEE codes. Empty string when unknown. */
  region: string;
  departement: string;
  commune: string;
  /** Display name of the commune (current COG), or empty. */
  communeName: string;
  precision: Precision;
  /** How the place is known: `seed` (the documents say), `name` (in the actor's name), `public` (publicly known seat), `coordinates` (given in the sheet) or empty. */
  locationBasis: string;
  /** Where the facts come from (document names, URLs). */
  sources: string[];
  /** True for generated sample data: never to be presented as real. */
  sample: boolean;
  /** Share (0–1) of the key fields that are filled and valid. */
  qualification: number;
  /** The key fields that are missing or invalid (field names, see QUALIFICATION_FIELDS). */
  missing: string[];
}

/** RFC 7946 allows a null geometry: national networks without a seat have no place. */
export type ActorFeature = Feature<Point | null, ActorProperties>;
export type ActorCollection = FeatureCollection<Point | null, ActorProperties>;

export interface Link {
  source: string;
  target: string;
  type: LinkType;
  note: string;
  sources: string[];
  sample: boolean;
}

export interface DatasetMeta {
  /** ISO date of the build (SOURCE_DATE_EPOCH when set, so that builds can be byte-identical). */
  builtAt: string;
  counts: {
    actors: number;
    projects: number;
    real: number;
    sample: number;
    located: number;
    unlocated: number;
    links: number;
    byPractice: Record<Practice, number>;
    byProfile: Record<Profile | 'unknown', number>;
    byScope: Record<Scope | 'unknown', number>;
  };
  /** sha256 of each input file, by file name. */
  sources: Record<string, string>;
  problems: { errors: number; warnings: number };
}
