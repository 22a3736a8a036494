/// <reference lib="webworker" />
/** Builds the cluster hierarchy for the clustering worker, and ends (`jobApart`). */
import { buildClusterHierarchy, type ClusterHierarchy } from '../../core/cluster-hierarchy';
import { CLUSTER_OPTIONS } from '../../core/cluster-index';
import { serveJob } from '../../state/job-apart';

serveJob(
  (coords: Float64Array) => buildClusterHierarchy(coords, CLUSTER_OPTIONS),
  (hierarchy: ClusterHierarchy) => hierarchy.levels.map((level) => level.nodeOf.buffer as ArrayBuffer),
);
