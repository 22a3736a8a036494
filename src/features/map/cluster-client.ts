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

export function createClusterClient(): ClusterClient {
  const worker = new Worker(new URL('./cluster.worker.ts', import.meta.url), { type: 'module' });
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
