/** The page's side of the clustering worker: each request is a promise of its reply. */
import type { PointColumns } from '../../core/dataset-index';
import type { BBox, ClusterReplies, ClusterRequest } from './cluster-protocol';
import { createRpcClient } from '../../shared/workers/rpc';

export interface ClusterClient {
  init(columns: PointColumns): Promise<null>;
  filter(matches: Uint8Array, view: { bbox: BBox; zoom: number }): Promise<ClusterReplies['filter']>;
  items(bbox: BBox, zoom: number): Promise<ClusterReplies['items']>;
  expansionZoom(clusterId: number): Promise<ClusterReplies['expansionZoom']>;
  leaves(clusterId: number): Promise<ClusterReplies['leaves']>;
  dispose(): void;
}

/** A worker started ahead (`startClusterWorker`), its script loaded while the actors download. */
let spare: Worker | null = null;

function newClusterWorker(): Worker {
  return new Worker(new URL('./cluster.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the clustering worker now, for the first client to take: its script loads and compiles
 * while the actors' file downloads (at 100,000 actors it took ~0.4 s after their columns, on the
 * first map's path). Idempotent.
 */
export function startClusterWorker(): void {
  if (spare === null && typeof Worker !== 'undefined') spare = newClusterWorker();
}

export function createClusterClient(): ClusterClient {
  const worker = spare ?? newClusterWorker();
  spare = null;
  const { send, dispose } = createRpcClient<ClusterRequest, ClusterReplies>(worker);
  return {
    init: (columns) => send({ type: 'init', columns }),
    // The mask is copied, not transferred: the page keeps its own for the list and the counts.
    filter: (matches, view) => send({ type: 'filter', matches, view }),
    items: (bbox, zoom) => send({ type: 'items', bbox, zoom }),
    expansionZoom: (clusterId) => send({ type: 'expansionZoom', clusterId }),
    leaves: (clusterId) => send({ type: 'leaves', clusterId }),
    dispose,
  };
}

/** A client started on columns before the markers asked for one (see `prepareClusterClient`). */
let prepared: { columns: PointColumns; client: ClusterClient } | null = null;

/**
 * Starts a worker clustering `columns` now, for the markers to take later with the same columns:
 * the actors' file reader sends them ahead of the rows, so the hierarchy is built while the rows
 * come over instead of after. A client prepared and never taken is replaced by the next.
 */
export function prepareClusterClient(columns: PointColumns): void {
  prepared?.client.dispose();
  const client = createClusterClient();
  void client.init(columns);
  prepared = { columns, client };
}

/** The client prepared on these very columns, or a new one started on them. */
export function clusterClientFor(columns: PointColumns): ClusterClient {
  if (prepared?.columns === columns) {
    const { client } = prepared;
    prepared = null;
    return client;
  }
  const client = createClusterClient();
  void client.init(columns);
  return client;
}
