/**
 * Communities of the ecosystem graph, for graphs too large to draw node by node: Louvain
 * (graphology-communities-louvain) on the links taken both ways, with a seeded random source so
 * that the same data always gives the same communities; then each community as one node (its
 * members counted, what characterises them: most common région, département and profile) and the
 * links between communities added up. Plain arrays in and out: it runs in the layout worker.
 *
 * Fiches without any link in the graph, or in a community of a handful, are not a community in
 * any useful sense (Louvain leaves each alone): they are gathered into one group per région
 * instead, marked `unlinked`, so that the picture stays a few hundred nodes whatever the data.
 */
import { louvainLabels } from '../../../core/link-communities';
import { COMMUNITY_SEED } from '../../../core/community-method';

export interface NodeColumns {
  /** Coded région, département and profile of each node (ids into the dataset's tables). */
  region: ArrayLike<number>;
  departement: ArrayLike<number>;
  profile: ArrayLike<number>;
}

export interface Communities {
  /** Community number of each node: 0 for the largest, ties in order of their first node. */
  of: Uint32Array;
  count: number;
  /** Members of each community. */
  sizes: Uint32Array;
  /** 1 where the community gathers scattered fiches: without links, or in tiny groups (one per région). */
  unlinked: Uint8Array;
}

/** Communities smaller than this join their région's group of scattered fiches. */
export const MIN_COMMUNITY_SIZE = 5;

/**
 * Communities of the `nodeCount` nodes joined by `edges` (pairs of node numbers): Louvain's
 * (`louvainLabels`, or `labels` worked out before for this very graph, as `npm run data` writes
 * them for the whole network), then the nodes without links, and the communities of fewer than
 * `MIN_COMMUNITY_SIZE` nodes, grouped by `groupOf` (their région or département), each group one
 * community marked `unlinked`.
 */
export function detectCommunities(
  nodeCount: number,
  edges: ArrayLike<number>,
  groupOf: ArrayLike<number>,
  seed = COMMUNITY_SEED,
  labels?: Int32Array,
): Communities {
  const raw = Float64Array.from(labels ?? louvainLabels(nodeCount, edges, seed));
  const rawSize = new Map<number, number>();
  for (let i = 0; i < nodeCount; i += 1) rawSize.set(raw[i]!, (rawSize.get(raw[i]!) ?? 0) + 1);
  // Scattered fiches by group, numbered after every Louvain community.
  let louvainMax = -1;
  for (const c of rawSize.keys()) louvainMax = Math.max(louvainMax, c);
  const scattered = new Set<number>();
  for (let i = 0; i < nodeCount; i += 1) {
    if (raw[i]! >= 0 && rawSize.get(raw[i]!)! >= MIN_COMMUNITY_SIZE) continue;
    raw[i] = louvainMax + 1 + (groupOf[i] ?? 0);
    scattered.add(raw[i]!);
  }
  // Numbered from the largest; equal sizes in order of their first node: deterministic.
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  for (let i = 0; i < nodeCount; i += 1) {
    const c = raw[i]!;
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, i);
  }
  const order = [...size.keys()].sort((p, q) => size.get(q)! - size.get(p)! || first.get(p)! - first.get(q)!);
  const numberOf = new Map(order.map((c, k) => [c, k]));
  const of = new Uint32Array(nodeCount);
  for (let i = 0; i < nodeCount; i += 1) of[i] = numberOf.get(raw[i]!)!;
  return {
    of,
    count: order.length,
    sizes: Uint32Array.from(order, (c) => size.get(c)!),
    unlinked: Uint8Array.from(order, (c) => (scattered.has(c) ? 1 : 0)),
  };
}

export interface CommunityLinks {
  /** Pairs of community numbers, the smaller first, sorted. */
  pairs: Uint32Array;
  /** Number of links between the two communities of each pair. */
  weights: Uint32Array;
  /** Links inside each community. */
  internal: Uint32Array;
}

/** The links between communities added up, one entry per pair of communities. */
export function aggregateLinks(of: ArrayLike<number>, count: number, edges: ArrayLike<number>): CommunityLinks {
  const internal = new Uint32Array(count);
  const weight = new Map<number, number>();
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const a = of[edges[e]!]!;
    const b = of[edges[e + 1]!]!;
    if (edges[e] === edges[e + 1]) continue;
    if (a === b) {
      internal[a] = internal[a]! + 1;
      continue;
    }
    const key = Math.min(a, b) * count + Math.max(a, b);
    weight.set(key, (weight.get(key) ?? 0) + 1);
  }
  const keys = [...weight.keys()].sort((p, q) => p - q);
  const pairs = new Uint32Array(keys.length * 2);
  const weights = new Uint32Array(keys.length);
  keys.forEach((key, k) => {
    pairs[2 * k] = Math.floor(key / count);
    pairs[2 * k + 1] = key % count;
    weights[k] = weight.get(key)!;
  });
  return { pairs, weights, internal };
}

/** What characterises one community: its most common value of each column, and its share. */
export interface CommunityTraits {
  region: number;
  regionShare: number;
  departement: number;
  departementShare: number;
  profile: number;
  profileShare: number;
}

/** The most common région, département and profile of each community (ties: the smallest code). */
export function communityTraits(of: ArrayLike<number>, sizes: ArrayLike<number>, columns: NodeColumns): CommunityTraits[] {
  const count = sizes.length;
  const mode = (column: ArrayLike<number>) => {
    const tallies = Array.from({ length: count }, () => new Map<number, number>());
    for (let i = 0; i < of.length; i += 1) {
      const tally = tallies[of[i]!]!;
      const v = column[i]!;
      tally.set(v, (tally.get(v) ?? 0) + 1);
    }
    return tallies.map((tally, c) => {
      let best = -1;
      let bestCount = 0;
      for (const [v, n] of tally) {
        if (n > bestCount || (n === bestCount && v < best)) {
          best = v;
          bestCount = n;
        }
      }
      return { value: best, share: sizes[c]! > 0 ? bestCount / sizes[c]! : 0 };
    });
  };
  const region = mode(columns.region);
  const departement = mode(columns.departement);
  const profile = mode(columns.profile);
  return region.map((r, c) => ({
    region: r.value,
    regionShare: r.share,
    departement: departement[c]!.value,
    departementShare: departement[c]!.share,
    profile: profile[c]!.value,
    profileShare: profile[c]!.share,
  }));
}
