/**
 * Everything the aggregated view draws, computed in one go in the worker: the communities of a
 * graph, the links between them added up, what characterises each, and their places
 * (ForceAtlas2 on the communities, within a time budget). Plain arrays in and out.
 */
import { aggregateLinks, communityTraits, detectCommunities, type CommunityTraits, type NodeColumns } from './community-graph';
import { layoutSteps } from './ecosystem-layout';
import { runSteps, workClock } from '../../../core/steps';
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
  /**
   * Asked ahead, nobody waiting (`prefetchTopCommunities`): the worker pauses while the person acts,
   * until the page says the work is awaited (`COMMUNITIES_WORK`, `graph-layout-protocol.ts`).
   */
  background?: boolean;
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
  return runSteps(communityPictureSteps(request));
}

/**
 * `communityPicture`, pausing (`yield`) between its parts and within the layout: what the page
 * asks ahead (`background`) gives way to the person in the worker. Its timings count the work only.
 */
export function* communityPictureSteps(request: Omit<CommunitiesRequest, 'type'>): Generator<void, CommunityPicture> {
  const clock = workClock();
  const { nodeCount, edges, columns } = request;
  const groupOf: NodeColumns['region'] = columns[request.groupBy];
  const communities = detectCommunities(nodeCount, edges, groupOf, request.seed, request.labels);
  yield* clock.pause();
  const links = aggregateLinks(communities.of, communities.count, edges);
  const traits = communityTraits(communities.of, communities.sizes, columns);
  yield* clock.pause();
  const detected = clock.worked();
  const x = new Float64Array(communities.count);
  const y = new Float64Array(communities.count);
  for (let c = 0; c < communities.count; c += 1) [x[c], y[c]] = spiral(c);
  const places = yield* layoutSteps({ x, y, edges: links.pairs }, request.iterations, request.budgetMs, COMMUNITY_TUNING, clock);
  return {
    ...communities,
    traits,
    ...links,
    x: places.x,
    y: places.y,
    timings: { communities: detected, layout: clock.worked() - detected },
  };
}

/** The picture's buffers, moved to the page rather than copied. */
export function pictureBuffers(picture: CommunityPicture): Transferable[] {
  return [picture.of, picture.sizes, picture.unlinked, picture.pairs, picture.weights, picture.internal, picture.x, picture.y].map(
    (a) => a.buffer,
  );
}
