/// <reference lib="webworker" />
/** Clustering off the main thread: the page stays responsive while 100,000 points are indexed. */
import { CLUSTER_OPTIONS, ClusterIndex } from '../../core/cluster-index';
import { buildClusterHierarchy } from '../../core/cluster-hierarchy';
import type { ClusterReplies, ClusterRequest } from './cluster-protocol';
import { serveRpc } from '../../shared/workers/rpc';
import { jobApart } from '../../state/job-apart';

let index: ClusterIndex | null = null;

/** The hierarchy of `coords`, built by a worker of its own (its building took 30 MB that stayed here). */
function hierarchyOf(coords: Float64Array) {
  return jobApart(
    () => new Worker(new URL('./cluster-build.worker.ts', import.meta.url), { type: 'module' }),
    coords,
    [],
    () => buildClusterHierarchy(coords, CLUSTER_OPTIONS),
  );
}

function handle(request: ClusterRequest): ClusterReplies[keyof ClusterReplies] | Promise<null> {
  if (request.type === 'init') {
    const { columns } = request;
    return hierarchyOf(columns.coords).then((hierarchy) => {
      index = new ClusterIndex(columns, hierarchy);
      return null;
    });
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
