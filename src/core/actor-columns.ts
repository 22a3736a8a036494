/**
 * `actors.columns.json`: the actors of the first map, column by column. The same properties as
 * `ActorMapPropertiesSchema`, laid out as Apache Arrow lays out a table (one array per property;
 * repeated values as a dictionary and each row's index in it; lists as offsets into one array),
 * written as JSON so that the browser's own parser reads it: Arrow's reader would weigh ~53 KB
 * gzipped on the first view. At 100,000 actors the file is 16 MB instead of the 53 MB of a
 * GeoJSON FeatureCollection, parsed and checked ~5× faster, and handed from the worker that reads
 * it to the page as a few arrays instead of 100,000 objects (a structured clone of ~1.6 s).
 *
 * Row `i` of every column is actor `i`; the details shards keep that row order.
 */
import { z } from './zod';
import { arrayOf, booleans, checkIndexes, code, coded, codedLists, codedOf, failColumn, texts, type Coded } from './column-schema';
import {
  KINDS,
  PRACTICES,
  PRECISIONS,
  PROFILES,
  SCOPES,
  type Kind,
  type Practice,
  type Precision,
  type Profile,
  type Scope,
} from './vocabulary';
import type { ActorFeature, ActorProperties } from './model';
import type { PointColumns } from './dataset-index';

/** The file's name in the data folder. */
export const ACTORS_FILE = 'actors.columns.json';

const inRange =
  (min: number, max: number) =>
  (v: unknown): v is number | null =>
    v === null || (typeof v === 'number' && v >= min && v <= max);

export const ActorColumnsSchema = z.object({
  type: z.literal('ActorColumns'),
  /** The layout's version: a later change of layout gets another number, and older readers say so. */
  version: z.literal(1),
  id: texts,
  name: texts,
  /** The place of each row, `null` for both when it has none (a national network without a seat). */
  lon: arrayOf(inRange(-180, 180), 'expected a number from -180 to 180, or null'),
  lat: arrayOf(inRange(-90, 90), 'expected a number from -90 to 90, or null'),
  kind: coded(code(KINDS.codes)),
  practices: codedLists(code(PRACTICES.codes)),
  profile: coded(z.nullable(code(PROFILES.codes))),
  scope: coded(z.nullable(code(SCOPES.codes))),
  themes: codedLists(z.string()),
  region: coded(z.string()),
  departement: coded(z.string()),
  commune: coded(z.string()),
  communeName: coded(z.string()),
  precision: coded(code(PRECISIONS.codes)),
  sample: booleans,
  qualification: arrayOf((v): v is number => typeof v === 'number' && v >= 0 && v <= 1, 'expected a number from 0 to 1'),
  missing: codedLists(z.string()),
});

export type ActorColumns = z.infer<typeof ActorColumnsSchema>;
type CodedLists<T> = Coded<T> & { offsets: number[] };

type Numbers = ArrayLike<number>;
interface CodedLike<T> {
  values: readonly T[];
  index: Numbers;
}
interface CodedListsLike<T> extends CodedLike<T> {
  offsets: Numbers;
}

/**
 * Columns as they are read: the file's (`ActorColumns`), or the same with their numbers in typed
 * arrays (`packActorColumns`: NaN for no place, 0 and 1 for false and true).
 */
export interface ActorColumnsLike {
  id: readonly string[];
  name: readonly string[];
  lon: ArrayLike<number | null>;
  lat: ArrayLike<number | null>;
  kind: CodedLike<Kind>;
  practices: CodedListsLike<Practice>;
  profile: CodedLike<Profile | null>;
  scope: CodedLike<Scope | null>;
  themes: CodedListsLike<string>;
  region: CodedLike<string>;
  departement: CodedLike<string>;
  commune: CodedLike<string>;
  communeName: CodedLike<string>;
  precision: CodedLike<Precision>;
  sample: ArrayLike<boolean | number>;
  qualification: Numbers;
  missing: CodedListsLike<string>;
}

/** The checked columns with their numbers in typed arrays, and those arrays' buffers: what a worker moves to the page without a copy. */
export function packActorColumns(c: ActorColumns): { columns: ActorColumnsLike; buffers: ArrayBuffer[] } {
  const buffers: ArrayBuffer[] = [];
  const typed = <A extends Float64Array | Uint32Array | Uint8Array>(array: A): A => {
    buffers.push(array.buffer as ArrayBuffer);
    return array;
  };
  const place = (values: readonly (number | null)[]) => typed(Float64Array.from(values, (v) => v ?? NaN));
  const coded = <T>(col: Coded<T>): CodedLike<T> => ({ values: col.values, index: typed(Uint32Array.from(col.index)) });
  const lists = <T>(col: CodedLists<T>): CodedListsLike<T> => ({ ...coded(col), offsets: typed(Uint32Array.from(col.offsets)) });
  const columns: ActorColumnsLike = {
    id: c.id,
    name: c.name,
    lon: place(c.lon),
    lat: place(c.lat),
    kind: coded(c.kind),
    practices: lists(c.practices),
    profile: coded(c.profile),
    scope: coded(c.scope),
    themes: lists(c.themes),
    region: coded(c.region),
    departement: coded(c.departement),
    commune: coded(c.commune),
    communeName: coded(c.communeName),
    precision: coded(c.precision),
    sample: typed(Uint8Array.from(c.sample, Number)),
    qualification: typed(Float64Array.from(c.qualification)),
    missing: lists(c.missing),
  };
  return { columns, buffers };
}

/** The columns of `features` (rows in their order; each dictionary in order of first use). */
export function actorColumnsOf(features: readonly ActorFeature[]): ActorColumns {
  const p = features.map((f) => f.properties);
  const coordinate = (k: 0 | 1) => features.map((f) => (f.geometry ? (f.geometry.coordinates[k] ?? null) : null));
  return {
    type: 'ActorColumns',
    version: 1,
    id: p.map((a) => a.id),
    name: p.map((a) => a.name),
    lon: coordinate(0),
    lat: coordinate(1),
    kind: codedOf(p.map((a) => a.kind)),
    practices: codedListsOf(p.map((a) => a.practices)),
    profile: codedOf(p.map((a) => a.profile)),
    scope: codedOf(p.map((a) => a.scope)),
    themes: codedListsOf(p.map((a) => a.themes)),
    region: codedOf(p.map((a) => a.region)),
    departement: codedOf(p.map((a) => a.departement)),
    commune: codedOf(p.map((a) => a.commune)),
    communeName: codedOf(p.map((a) => a.communeName)),
    precision: codedOf(p.map((a) => a.precision)),
    sample: p.map((a) => a.sample),
    qualification: p.map((a) => a.qualification),
    missing: codedListsOf(p.map((a) => a.missing)),
  };
}

function codedListsOf<T>(lists: readonly (readonly T[])[]): CodedLists<T> {
  const offsets = [0];
  for (const list of lists) offsets.push((offsets.at(-1) ?? 0) + list.length);
  return { ...codedOf(lists.flat() as T[]), offsets };
}

/**
 * The rows of `columns` as the GeoJSON features the atlas works on. The columns must have passed
 * their schema and `checkActorColumns` (the worker that read the file checked them: the page does
 * not check them again).
 */
export function actorFeaturesOf(columns: ActorColumnsLike): ActorFeature[] {
  return actorFeatureSlice(columns, 0, columns.id.length);
}

/** Rows `from` to `to - 1` of columns that passed `checkActorColumns`, as features. */
export function actorFeatureSlice(c: ActorColumnsLike, from: number, to: number): ActorFeature[] {
  const features = new Array<ActorFeature>(to - from);
  const list = <T>(col: CodedListsLike<T>, i: number): T[] => {
    const out: T[] = [];
    for (let j = col.offsets[i]!; j < col.offsets[i + 1]!; j += 1) out.push(col.values[col.index[j]!]!);
    return out;
  };
  for (let i = from; i < to; i += 1) {
    const id = c.id[i]!;
    const lon = c.lon[i];
    const lat = c.lat[i];
    const properties: ActorProperties = {
      id,
      name: c.name[i]!,
      kind: c.kind.values[c.kind.index[i]!]!,
      practices: list(c.practices, i),
      profile: c.profile.values[c.profile.index[i]!]!,
      scope: c.scope.values[c.scope.index[i]!]!,
      themes: list(c.themes, i),
      region: c.region.values[c.region.index[i]!]!,
      departement: c.departement.values[c.departement.index[i]!]!,
      commune: c.commune.values[c.commune.index[i]!]!,
      communeName: c.communeName.values[c.communeName.index[i]!]!,
      precision: c.precision.values[c.precision.index[i]!]!,
      sample: Boolean(c.sample[i]),
      qualification: c.qualification[i]!,
      missing: list(c.missing, i),
    };
    const geometry =
      isCoordinate(lon) && isCoordinate(lat) ? { type: 'Point' as const, coordinates: [lon, lat] as [number, number] } : null;
    features[i - from] = { type: 'Feature', id, geometry, properties };
  }
  return features;
}

const CODED = ['kind', 'profile', 'scope', 'region', 'departement', 'commune', 'communeName', 'precision'] as const;
const LISTS = ['practices', 'themes', 'missing'] as const;
const PLAIN = ['name', 'lon', 'lat', 'sample', 'qualification'] as const;

/** Throws a `ColumnsError` when the columns (checked against their schema) do not fit one another. */
export function checkActorColumns(c: ActorColumnsLike): void {
  const n = c.id.length;
  for (const key of PLAIN) if (c[key].length !== n) failColumn(key, `${c[key].length} rows, not ${n} as id`);
  for (let i = 0; i < n; i += 1)
    if (isCoordinate(c.lon[i]) !== isCoordinate(c.lat[i])) failColumn(`lon.${i}`, 'a place needs both lon and lat');
  for (const key of CODED) {
    const { values, index } = c[key];
    if (index.length !== n) failColumn(`${key}.index`, `${index.length} rows, not ${n} as id`);
    checkIndexes(`${key}.index`, index, values.length);
  }
  for (const key of LISTS) {
    const { values, offsets, index } = c[key];
    if (offsets.length !== n + 1) failColumn(`${key}.offsets`, `${offsets.length} entries, not ${n + 1} (one per row, and the end)`);
    if (offsets[0] !== 0 || offsets[n] !== index.length) failColumn(`${key}.offsets`, `must run from 0 to ${index.length}`);
    for (let i = 0; i < n; i += 1) if (offsets[i]! > offsets[i + 1]!) failColumn(`${key}.offsets.${i + 1}`, 'smaller than the one before');
    checkIndexes(`${key}.index`, index, values.length);
  }
}

/** What the clustering needs of each row (`pointColumnsOf` of the features), read from the columns themselves. */
export function pointColumnsOfColumns(c: ActorColumnsLike): PointColumns {
  const n = c.id.length;
  const coords = new Float64Array(2 * n).fill(NaN);
  const practiceMask = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const practiceBits = c.practices.values.map((p) => 1 << PRACTICES.codes.indexOf(p));
  const kindCodes = c.kind.values.map((k) => KINDS.codes.indexOf(k));
  for (let i = 0; i < n; i += 1) {
    const lon = c.lon[i];
    const lat = c.lat[i];
    if (isCoordinate(lon) && isCoordinate(lat)) {
      coords[2 * i] = lon;
      coords[2 * i + 1] = lat;
    }
    let mask = 0;
    for (let j = c.practices.offsets[i]!; j < c.practices.offsets[i + 1]!; j += 1) mask |= practiceBits[c.practices.index[j]!]!;
    practiceMask[i] = mask;
    kind[i] = kindCodes[c.kind.index[i]!]!;
  }
  return { coords, practiceMask, kind };
}

/** A number of a place: not `null` (the file's), nor NaN (the packed columns'). */
function isCoordinate(v: number | null | undefined): v is number {
  return typeof v === 'number' && !Number.isNaN(v);
}
