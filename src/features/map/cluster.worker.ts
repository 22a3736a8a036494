/// <reference lib="webworker" />
/** Clustering off the main thread: the page stays responsive while 100,000 points are indexed. */
import { ClusterIndex } from '../../core/cluster-index';
import type { ClusterReplies, ClusterRequest } from './cluster-protocol';
import { serveRpc } from '../../shared/workers/rpc';

let index: ClusterIndex | null = null;

function handle(request: ClusterRequest): ClusterReplies[keyof ClusterReplies] {
  if (request.type === 'init') {
    index = new ClusterIndex(request.columns);
    return null;
  }
  if (!index) throw new Error('clustering not initialised');
  switch (request.type) {
    case 'filter':
      return { points: index.load(request.matches), items: index.items(request.view.bbox, request.view.zoom) };
    case 'items':
      return { items: index.items(request.bbox, request.zoom) };
    case 'expansionZoom':
      return { zoom: index.expansionZoom(request.clusterId) };
    case 'leaves':
      return { rows: index.leaves(request.clusterId) };
  }
}

serveRpc(handle);
