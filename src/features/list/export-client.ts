/**
 * The page's side of the export worker: fetches the details shards the rows need (through the
 * query cache, shared with the fiches), then has the worker write the file; one worker per export,
 * ended once the file is made.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ActorFeature } from '../../core/model';
import { createRpcClient } from '../../shared/workers/rpc';
import { detailsShardQuery } from '../../state/queries';
import { detailsShardOf } from '../fiche/actor-details';
import type { ExportFormat, ExportReplies, ExportRequest } from './export-protocol';
import type { CsvExportOptions } from './export';

/** Shards fetched at once. */
const PARALLEL = 4;

export async function buildExportFile(
  client: QueryClient,
  format: ExportFormat,
  features: ActorFeature[],
  rows: Int32Array,
  shardSize: number,
  csv: Omit<CsvExportOptions, 'delimiter'>,
): Promise<Blob> {
  const wanted = [...new Set(Array.from(rows, (row) => detailsShardOf(row, shardSize)))].sort((a, b) => a - b);
  const shards = [];
  for (let i = 0; i < wanted.length; i += PARALLEL) {
    shards.push(...(await Promise.all(wanted.slice(i, i + PARALLEL).map((k) => client.fetchQuery(detailsShardQuery(k))))));
  }
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  const { send, dispose } = createRpcClient<ExportRequest, ExportReplies>(worker);
  try {
    return await send({ type: 'export', format, features, rows, shards, shardSize, csv }, [rows.buffer]);
  } finally {
    dispose();
  }
}
