/**
 * The files the app loads, as text by file name, from what the pipeline built: the same code
 * writes them in node (`npm run data`, the benchmarks) and in the browser (the data workshop).
 *
 * The actors are split in two so that the first map does not wait for what only a fiche shows:
 * - `actors.columns.json`: the properties the map, the filters, the list and the search by name
 *   need (`ActorMapPropertiesSchema`) and each actor's place, column by column
 *   (`src/core/actor-columns.ts`), one row per actor;
 * - `details/<k>.json`: the fiche-only fields (description, website, sources, location basis,
 *   verification date, contact) of the rows `k * shardSize` to `(k + 1) * shardSize - 1` of
 *   `actors.columns.json`, in its row order, as
 *   `{ "first": <row>, "details": [{ id, description, website, sources, locationBasis, verifiedAt, updatedAt?, contact? }, …] }`
 *   (`updatedAt` only when the sheet gives it, `contact` only when the row has one that may be published).
 * `meta.json` says how many shards there are and their size.
 */
import type { ActorCollection, ActorDetails, ActorFeature, ActorRecordCollection, DatasetMeta, DetailsShard, Link } from '../core/model';
import type { Problem } from '../core/problems';
import { DETAILS_SHARD_SIZE, detailsShardFile } from '../core/schema';
import { ACTORS_FILE, actorColumnsOf } from '../core/actor-columns';
import { LINKS_FILE, linkColumnsFileOf } from '../core/link-columns';
import { louvainLabels } from '../core/link-communities';
import { clusterOverviewOf, OVERVIEW_FILE } from '../core/cluster-overview';

export { DETAILS_SHARD_SIZE, detailsShardFile };

/** The two parts of every actor: the map's collection and the details, in the same row order. */
export function splitActors(actors: ActorRecordCollection): { collection: ActorCollection; details: ActorDetails[] } {
  const features: ActorFeature[] = [];
  const details: ActorDetails[] = [];
  for (const { type, id, geometry, properties } of actors.features) {
    const { description, website, sources, locationBasis, verifiedAt, updatedAt, contact, ...map } = properties;
    features.push({ type, id, geometry, properties: map });
    details.push({
      id: properties.id,
      description,
      website,
      sources,
      locationBasis,
      verifiedAt,
      ...(updatedAt ? { updatedAt } : {}),
      ...(contact ? { contact } : {}),
    });
  }
  return { collection: { type: 'FeatureCollection', features }, details };
}

/** The details cut into shards of `shardSize` rows (none for no actor). */
export function detailsShards(details: readonly ActorDetails[], shardSize = DETAILS_SHARD_SIZE): DetailsShard[] {
  const shards: DetailsShard[] = [];
  for (let first = 0; first < details.length; first += shardSize) {
    shards.push({ first, details: details.slice(first, first + shardSize) });
  }
  return shards;
}

export interface DataFilesInput {
  /** Every property of every actor, in the order of the rows. */
  actors: ActorRecordCollection;
  links: readonly Link[];
  /** `meta.json` but its `details`, which this adds. */
  meta: Omit<DatasetMeta, 'details'>;
  /** The build's report (`report.json`), when there is one. */
  problems?: readonly Problem[];
}

export interface DataFiles {
  /** Text by file name (relative to the data folder, `/`-separated), each ending with a newline. */
  files: Map<string, string>;
  meta: DatasetMeta;
}

/**
 * The label of each actor's Louvain community in the whole network (`louvainLabels`), by id: the
 * graph the atlas's ecosystem draws first (every actor, in the rows' order; the links in theirs,
 * self-links and links to unknown ids left out), so that the labels are those the page would find.
 */
export function networkCommunities(features: readonly { properties: { id: string } }[], links: readonly Link[]): (id: string) => number {
  const rowOf = new Map(features.map((f, row) => [f.properties.id, row]));
  const pairs: number[] = [];
  for (const link of links) {
    const s = rowOf.get(link.source);
    const t = rowOf.get(link.target);
    if (s !== undefined && t !== undefined && s !== t) pairs.push(s, t);
  }
  const labels = louvainLabels(features.length, pairs);
  return (id) => labels[rowOf.get(id) ?? -1] ?? -1;
}

/**
 * The data files of a build: actors.columns.json, details/0.json …, links.columns.json, overview.json
 * (a large dataset's first markers), meta.json and report.json.
 */
export function writeDataFiles(input: DataFilesInput): DataFiles {
  const { collection, details } = splitActors(input.actors);
  const shards = detailsShards(details);
  const meta: DatasetMeta = { ...input.meta, details: { shardSize: DETAILS_SHARD_SIZE, shards: shards.length } };
  const files = new Map<string, string>();
  const put = (name: string, value: unknown) => files.set(name, `${JSON.stringify(value)}\n`);
  put(ACTORS_FILE, actorColumnsOf(collection.features));
  shards.forEach((shard, k) => put(detailsShardFile(k), shard));
  put(LINKS_FILE, linkColumnsFileOf(input.links, networkCommunities(collection.features, input.links)));
  const overview = clusterOverviewOf(collection.features);
  if (overview) {
    put(OVERVIEW_FILE, overview);
    meta.overview = { file: OVERVIEW_FILE, maxZoom: overview.levels.length - 1 };
  }
  put('meta.json', meta);
  if (input.problems) put('report.json', input.problems);
  return { files, meta };
}
