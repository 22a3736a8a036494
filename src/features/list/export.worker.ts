/**
 * Builds an export off the main thread: puts each actor's details (from the shards the page
 * fetched) back with it, writes the CSV or GeoJSON file and hands it back as a Blob.
 */
import type { ActorDetails } from '../../core/model';
import type { RpcReply } from '../../shared/workers/rpc';
import { detailsIn, detailsShardOf } from '../fiche/actor-details';
import { actorsToCsv, actorsToGeoJson, withDetails } from './export';
import type { ExportRequest } from './export-protocol';

const TYPES = {
  csv: 'text/csv;charset=utf-8',
  'csv-comma': 'text/csv;charset=utf-8',
  geojson: 'application/geo+json;charset=utf-8',
} as const;

const scope = self as unknown as Worker;

scope.onmessage = (event: MessageEvent<ExportRequest & { seq: number }>) => {
  const { seq } = event.data;
  let reply: RpcReply;
  try {
    reply = { seq, ok: true, value: buildExport(event.data) };
  } catch (error) {
    reply = { seq, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};

function buildExport({ features, rows, shards, shardSize, format, csv }: ExportRequest): Blob {
  const byShard = new Map(shards.map((shard) => [detailsShardOf(shard.first, shardSize), shard]));
  const records = features.map((feature, i) => {
    const row = rows[i] ?? -1;
    const shard = byShard.get(detailsShardOf(row, shardSize));
    const details: ActorDetails | undefined = shard ? detailsIn(shard, row, feature.properties.id) : undefined;
    return withDetails(feature, details);
  });
  const text = format === 'geojson' ? actorsToGeoJson(records) : actorsToCsv(records, { ...csv, delimiter: format === 'csv' ? ';' : ',' });
  return new Blob([text], { type: TYPES[format] });
}
