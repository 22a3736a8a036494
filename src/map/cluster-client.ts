/** The page's side of the clustering worker: each request is a promise of its reply. */
import type { PointColumns } from '../domain/cluster-index';
import type { BBox, ClusterReplies, ClusterReply, ClusterRequest } from '../workers/cluster-protocol';

export interface ClusterClient {
  init(columns: PointColumns): Promise<null>;
  filter(matches: Uint8Array, view: { bbox: BBox; zoom: number }): Promise<ClusterReplies['filter']>;
  items(bbox: BBox, zoom: number): Promise<ClusterReplies['items']>;
  expansionZoom(clusterId: number): Promise<ClusterReplies['expansionZoom']>;
  leaves(clusterId: number): Promise<ClusterReplies['leaves']>;
  dispose(): void;
}

export function createClusterClient(): ClusterClient {
  const worker = new Worker(new URL('../workers/cluster.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let seq = 0;
  worker.onmessage = (event: MessageEvent<ClusterReply>) => {
    const reply = event.data;
    const waiter = pending.get(reply.seq);
    if (!waiter) return;
    pending.delete(reply.seq);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    for (const w of pending.values()) w.reject(new Error(event.message || 'worker error'));
    pending.clear();
  };
  const send = <K extends ClusterRequest['type']>(request: Extract<ClusterRequest, { type: K }>, transfer: Transferable[] = []) =>
    new Promise<ClusterReplies[K]>((resolve, reject) => {
      seq += 1;
      pending.set(seq, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...request, seq }, transfer);
    });
  return {
    init: (columns) => send({ type: 'init', columns }),
    // The mask is copied, not transferred: the page keeps its own for the list and the counts.
    filter: (matches, view) => send({ type: 'filter', matches, view }),
    items: (bbox, zoom) => send({ type: 'items', bbox, zoom }),
    expansionZoom: (clusterId) => send({ type: 'expansionZoom', clusterId }),
    leaves: (clusterId) => send({ type: 'leaves', clusterId }),
    dispose: () => worker.terminate(),
  };
}
