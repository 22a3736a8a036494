/**
 * Everything the aggregated view draws, computed in one go in the worker: the communities of a
 * graph, the links between them added up, what characterises each, and their places
 * (ForceAtlas2 on the communities, within a time budget). Plain arrays in and out.
 */
import { aggregateLinks, communityTraits, detectCommunities, type CommunityTraits, type NodeColumns } from './community-graph';
import { layoutPositions } from './ecosystem-layout';
import { spiral } from './spiral';

/**
 * ForceAtlas2's gravity and scaling for the communities: stronger than for fiches, so that the
 * communities with few links to the others stay near the rest rather than far out on the edge
 * (measured: three to four times the space between neighbouring communities).
 */
const COMMUNITY_TUNING = { gravity: 3, scalingRatio: 50 };

export interface CommunitiesRequest {
  type: 'communities';
  nodeCount: number;
  /** Links as pairs of node numbers. */
  edges: Uint32Array;
  columns: { region: Uint32Array; departement: Uint32Array; profile: Uint8Array };
  /** Louvain's labels of this very graph, worked out before (`npm run data`): not run again. */
  labels?: Int32Array;
  /** Which column groups the scattered fiches: régions at the top, départements below. */
  groupBy: 'region' | 'departement';
  seed: number;
  /** Layout iterations at most, and its time budget. */
  iterations: number;
  budgetMs: number;
}

export interface CommunityPicture {
  /** Community of each node, 0 the largest. */
  of: Uint32Array;
  count: number;
  sizes: Uint32Array;
  unlinked: Uint8Array;
  traits: CommunityTraits[];
  /** Pairs of communities linked, and the number of links between each pair. */
  pairs: Uint32Array;
  weights: Uint32Array;
  /** Links inside each community. */
  internal: Uint32Array;
  x: Float64Array;
  y: Float64Array;
  /** Time spent, ms: communities, then layout. */
  timings: { communities: number; layout: number };
}

export function communityPicture(request: Omit<CommunitiesRequest, 'type'>): CommunityPicture {
  const started = performance.now();
  const { nodeCount, edges, columns } = request;
  const groupOf: NodeColumns['region'] = columns[request.groupBy];
  const communities = detectCommunities(nodeCount, edges, groupOf, request.seed, request.labels);
  const links = aggregateLinks(communities.of, communities.count, edges);
  const traits = communityTraits(communities.of, communities.sizes, columns);
  const detected = performance.now();
  const x = new Float64Array(communities.count);
  const y = new Float64Array(communities.count);
  for (let c = 0; c < communities.count; c += 1) [x[c], y[c]] = spiral(c);
  const places = layoutPositions({ x, y, edges: links.pairs }, request.iterations, request.budgetMs, COMMUNITY_TUNING);
  return {
    ...communities,
    traits,
    ...links,
    x: places.x,
    y: places.y,
    timings: { communities: detected - started, layout: performance.now() - detected },
  };
}

/** The picture's buffers, moved to the page rather than copied. */
export function pictureBuffers(picture: CommunityPicture): Transferable[] {
  return [picture.of, picture.sizes, picture.unlinked, picture.pairs, picture.weights, picture.internal, picture.x, picture.y].map(
    (a) => a.buffer,
  );
}
