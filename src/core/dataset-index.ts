/**
 * Everything the interface looks things up in, built once when the data arrives: rows by id,
 * the filter table, the coordinates for clustering and the links by actor. The text search index
 * (`search.ts`) is built apart, when first needed: it is not on the first map's path.
 */
import { buildActorTable, type ActorTable } from './filters';
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
  linksOf: ReadonlyMap<string, readonly Link[]>;
}

export function indexDataset(features: readonly ActorFeature[], links: readonly Link[]): DatasetIndex {
  return withLinks(indexActors(features), links);
}

/** The index of the actors alone (no links yet). */
export function indexActors(features: readonly ActorFeature[]): DatasetIndex {
  const rowOf = new Map(features.map((f, i) => [f.properties.id, i]));
  const table = buildActorTable(features);
  const coords = new Float64Array(features.length * 2).fill(NaN);
  features.forEach((f, i) => {
    if (f.geometry) {
      coords[2 * i] = f.geometry.coordinates[0] ?? NaN;
      coords[2 * i + 1] = f.geometry.coordinates[1] ?? NaN;
    }
  });
  return {
    features,
    rowOf,
    table,
    columns: { coords, practiceMask: table.practiceMask, kind: table.kind },
    links: [],
    linksOf: new Map(),
    sampleCount: table.sample.reduce((sum, v) => sum + v, 0),
  };
}

/**
 * The same index with `links`: the actors' part (rows, filter table, coordinates) is shared, not
 * rebuilt, so that links arriving after the first map cost only their own index.
 */
export function withLinks(index: DatasetIndex, links: readonly Link[]): DatasetIndex {
  const linksOf = new Map<string, Link[]>();
  for (const link of links) {
    if (!index.rowOf.has(link.source) || !index.rowOf.has(link.target)) continue;
    for (const end of [link.source, link.target]) {
      const list = linksOf.get(end);
      if (list) list.push(link);
      else linksOf.set(end, [link]);
    }
  }
  return { ...index, links, linksOf };
}
