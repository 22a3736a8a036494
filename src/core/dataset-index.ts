/**
 * Everything the interface looks things up in, built once when the data arrives: rows by id,
 * the filter table, the coordinates for clustering and the links by actor. The text search index
 * (`search.ts`) is built apart, when first needed: it is not on the first map's path.
 */
import { buildActorTable, practiceMaskOf, type ActorTable } from './filters';
import { KINDS } from './vocabulary';
import type { ActorFeature, Link } from './model';

export interface PointColumns {
  /** lon, lat of row i at [2i], [2i+1]; NaN for an actor without a place. */
  coords: Float64Array;
  /** Practice bit mask of row i (bit k = PRACTICES.codes[k]). */
  practiceMask: Uint8Array;
  /** 0 actor, 1 project. */
  kind: Uint8Array;
}

export interface DatasetIndex {
  features: readonly ActorFeature[];
  rowOf: ReadonlyMap<string, number>;
  table: ActorTable;
  columns: PointColumns;
  links: readonly Link[];
  /** How many rows are generated sample data (told on screen even without meta.json). */
  sampleCount: number;
  /** Links touching each actor id (either end). */
  linksOf: LinksByActor;
  /** The rows of each link's ends: source of link i at [2i], target at [2i + 1]; -1 for an unknown id. */
  linkEnds: Int32Array;
  /**
   * The whole network's Louvain labels by row (`louvainLabels`, -1 without links), as `npm run
   * data` wrote them with the links: the ecosystem's first level without running Louvain.
   */
  communityLabels?: Int32Array | undefined;
}

/**
 * What the links' reader worked out against the actors' rows: `ends`, `linkEndRows` of the links;
 * `communityLabels`, the labels the links' file holds, by row (see `DatasetIndex`).
 */
export interface LinkRows {
  ends: Int32Array;
  communityLabels?: Int32Array | undefined;
}

/** The links touching an actor (either end; a link of an actor to itself twice), in the links' order. */
export interface LinksByActor {
  get(id: string): readonly Link[] | undefined;
}

const NO_LINKS: LinksByActor = { get: () => undefined };

/**
 * What was worked out elsewhere, from the same rows (the worker that read the file sends it with
 * them): `columns`, `pointColumnsOf(features)`, sent ahead of the rows so that the clustering
 * starts before they are in; `table`, `buildActorTable(features)`, made from the file's columns;
 * `links`, what the links' reader worked out (`LinkRows`).
 */
export interface GivenIndexParts {
  columns?: PointColumns | undefined;
  table?: ActorTable | undefined;
  links?: LinkRows | undefined;
}

export function indexDataset(features: readonly ActorFeature[], links: readonly Link[], given: GivenIndexParts = {}): DatasetIndex {
  return withLinks(indexActors(features, given), links, given.links);
}

/** The index of the actors alone (no links yet). */
export function indexActors(features: readonly ActorFeature[], given: GivenIndexParts = {}): DatasetIndex {
  const rowOf = rowsById(features);
  const table = given.table?.size === features.length ? given.table : buildActorTable(features);
  const { columns } = given;
  const fits = columns !== undefined && columns.kind.length === features.length;
  return {
    features,
    rowOf,
    table,
    columns: fits ? columns : { coords: coordsOf(features), practiceMask: table.practiceMask, kind: table.kind },
    links: [],
    linksOf: NO_LINKS,
    linkEnds: new Int32Array(0),
    sampleCount: table.sample.reduce((sum, v) => sum + v, 0),
  };
}

/** Each id's row (the last row, were an id repeated). */
export function rowsById(features: readonly { properties: { id: string } }[]): Map<string, number> {
  return rowsOfIds(features.map((f) => f.properties.id));
}

/** Each id's row in `ids`, row `i` holding `ids[i]` (the last row, were an id repeated). */
export function rowsOfIds(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

/**
 * The rows of each link's ends in `rowOf` (-1 for an id it does not know): source of link i at
 * [2i], target at [2i + 1].
 */
export function linkEndRows(links: readonly { source: string; target: string }[], rowOf: ReadonlyMap<string, number>): Int32Array {
  const ends = new Int32Array(links.length * 2);
  links.forEach((link, i) => {
    ends[2 * i] = rowOf.get(link.source) ?? -1;
    ends[2 * i + 1] = rowOf.get(link.target) ?? -1;
  });
  return ends;
}

/** What the clustering needs of each row: its place, practices and kind (the filter table's codes). */
export function pointColumnsOf(features: readonly ActorFeature[]): PointColumns {
  const practiceMask = new Uint8Array(features.length);
  const kind = new Uint8Array(features.length);
  features.forEach((f, i) => {
    practiceMask[i] = practiceMaskOf(f.properties.practices);
    kind[i] = KINDS.codes.indexOf(f.properties.kind);
  });
  return { coords: coordsOf(features), practiceMask, kind };
}

function coordsOf(features: readonly ActorFeature[]): Float64Array {
  const coords = new Float64Array(features.length * 2).fill(NaN);
  features.forEach((f, i) => {
    if (f.geometry) {
      coords[2 * i] = f.geometry.coordinates[0] ?? NaN;
      coords[2 * i + 1] = f.geometry.coordinates[1] ?? NaN;
    }
  });
  return coords;
}

/**
 * The same index with `links`: the actors' part (rows, filter table, coordinates) is shared, not
 * rebuilt, so that links arriving after the first map cost only their own index. That index is
 * two typed arrays (each row's range of link numbers), not a list per actor: at 120,000 links the
 * lists and their map took ~300 ms of the main thread, mostly allocating; an actor's list is made
 * when first asked for.
 */
export function withLinks(index: DatasetIndex, links: readonly Link[], given?: LinkRows): DatasetIndex {
  const rows = index.features.length;
  // The ends' rows as the worker that read the links worked them out (`linkEndRows` on the same actors), or here.
  const ends = given?.ends;
  const endRows = ends !== undefined && ends.length === links.length * 2 ? ends : linkEndRows(links, index.rowOf);
  const labels = given?.communityLabels;
  const communityLabels = labels !== undefined && labels.length === rows ? labels : undefined;
  const offsets = new Uint32Array(rows + 1);
  for (let i = 0; i < links.length; i += 1) {
    const s = endRows[2 * i] ?? -1;
    const t = endRows[2 * i + 1] ?? -1;
    if (s < 0 || t < 0) continue;
    offsets[s + 1] = (offsets[s + 1] ?? 0) + 1;
    offsets[t + 1] = (offsets[t + 1] ?? 0) + 1;
  }
  for (let r = 0; r < rows; r += 1) offsets[r + 1] = (offsets[r + 1] ?? 0) + (offsets[r] ?? 0);
  const numbers = new Uint32Array(offsets[rows] ?? 0);
  const next = offsets.slice(0, rows);
  for (let i = 0; i < links.length; i += 1) {
    const s = endRows[2 * i] ?? -1;
    const t = endRows[2 * i + 1] ?? -1;
    if (s < 0 || t < 0) continue;
    numbers[next[s]!++] = i;
    numbers[next[t]!++] = i;
  }
  return { ...index, links, linksOf: linkLists(index.rowOf, links, offsets, numbers), linkEnds: endRows, communityLabels };
}

/** `get(id)`: the links of `rowOf(id)`, numbers `offsets[row]` to `offsets[row + 1]` of `numbers`, made once. */
function linkLists(rowOf: ReadonlyMap<string, number>, links: readonly Link[], offsets: Uint32Array, numbers: Uint32Array): LinksByActor {
  const made = new Map<number, readonly Link[]>();
  return {
    get(id) {
      const row = rowOf.get(id);
      if (row === undefined) return undefined;
      const from = offsets[row] ?? 0;
      const to = offsets[row + 1] ?? 0;
      if (from === to) return undefined;
      let list = made.get(row);
      if (!list) {
        list = Array.from(numbers.subarray(from, to), (n) => links[n]!);
        made.set(row, list);
      }
      return list;
    },
  };
}
