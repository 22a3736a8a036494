/** The page's side of the network-metrics worker: one computation per dataset. */
import type { LinkMetricsColumns, LinkMetricsInput } from './link-metrics';
import type { LinkMetricsReplies, LinkMetricsRequest } from './link-metrics-protocol';
import { createRpcClient } from '../../shared/workers/rpc';

/**
 * Computes the metrics in a worker started for the occasion and ended with the answer. The input's
 * arrays are moved to the worker: the caller must not use them afterwards. Rejects when the browser
 * cannot run the worker: the metrics are then unavailable, never computed on the main thread.
 */
export async function computeInWorker(input: LinkMetricsInput): Promise<LinkMetricsColumns> {
  if (typeof Worker === 'undefined') throw new Error('Web Workers are not supported');
  const worker = new Worker(new URL('./link-metrics.worker.ts', import.meta.url), { type: 'module' });
  const { send, dispose } = createRpcClient<LinkMetricsRequest, LinkMetricsReplies>(worker);
  try {
    return await send({ type: 'compute', input }, [input.profiles.buffer, input.sources.buffer, input.targets.buffer]);
  } finally {
    dispose();
  }
}
