/**
 * Betweenness centrality that scales: Brandes' algorithm on a compact graph (CSR: typed arrays of
 * offsets and neighbours) of the undirected network, one edge per linked pair.
 *
 * Trees (actors linked once, again and again) are folded and counted exactly first (Baglioni et
 * al. 2012). Exact when the rest fits in about 200 ms; above that, an estimate from a fixed,
 * seeded set of source actors scaled by n/k (Brandes & Pich 2007, "Centrality estimation in large
 * networks"), each pair's share split along the path ("linear scaling", Geisberger, Sanders &
 * Schultes 2008), which halves the error of the plain estimate. The same data always gives the
 * same values. Pure TS, no graph library; run it in a worker, where its steps (one search each)
 * let it pause while a person acts.
 */
import { mulberry32 } from '../../core/mulberry32';
import { runSteps } from '../../core/steps';

/** An undirected simple graph: the neighbours of node v are `neighbours[offsets[v] .. offsets[v + 1])`. */
export interface CsrGraph {
  /** Number of nodes. */
  n: number;
  /** Number of edges (each linked pair once). */
  m: number;
  offsets: Int32Array;
  neighbours: Int32Array;
}

export type BetweennessMethod =
  | { exact: true }
  /**
   * Estimated from `sources` source nodes drawn out of `nodes`; `error`: the stated mean absolute
   * error, as a share of the largest value (`SAMPLE_ERROR.meanOfMax`).
   */
  | { exact: false; sources: number; nodes: number; error: number };

export interface BetweennessResult {
  /** Per node: over all pairs of other nodes, the share of their shortest paths through it, summed. */
  values: Float64Array;
  method: BetweennessMethod;
}

export interface BetweennessOptions {
  /** Largest exact cost (see `exactCost`) computed exactly. */
  maxExactCost?: number;
  /** Number of source nodes of the estimate. */
  sources?: number;
  /** Seed of the draw of the sources. */
  seed?: number;
}

/**
 * Exact when `exactCost` of the folded graph is at most this: about 200 ms of work. Calibrated on
 * a 2-core machine shared with other jobs, under Node 20: 20 to 30 million visits a second.
 * About 1,500 actors with 1.2 links each (the real data, 544 actors, is exact).
 */
export const MAX_EXACT_COST = 4_000_000;

/**
 * Sources of the estimate, bounded by a budget of about 2 s of work at 100,000 actors and
 * 120,000 links: there, once the trees are folded (74,000 actors kept), one source costs about
 * 7 ms of CPU on the machine above, 1.7–2.2 s in all in the worker; at 10,000 actors 0.1–0.2 s.
 *
 * Error against the exact values, over 5 seeds of the draw, on two networks of 10,000 actors and
 * 12,000 links: the bench's generated sample data, and `network-like.ts` (in brackets).
 * Mean absolute error 0.44–0.51 % (1.1–1.2 %) of the largest value, largest error 11–16 %
 * (25–33 %) of it; 79 to 85 (75 to 80) of the exact top 100 in the estimated top 100; Spearman
 * rank correlation 0.98 (0.97) over the actors on at least one path, 0.99 over all.
 */
export const SAMPLE_SOURCES = 256;

/** Stated error of the estimate (see `SAMPLE_SOURCES`), for the tests and the interface. */
export const SAMPLE_ERROR = {
  /** Mean absolute error, as a share of the largest value. */
  meanOfMax: 0.015,
  /** Of the exact top 100, at least this many in the estimated top 100. */
  top100: 75,
  /** Spearman rank correlation over the actors on at least one path. */
  spearman: 0.96,
} as const;

/** Fixed seed of the draw of the sources: the same network always gives the same estimate. */
export const SAMPLE_SEED = 0x5eed_2014;

/**
 * Nodes or links gone through between two pauses of the steps' versions below: a few ms of work
 * at most, so that a worker hears a person's input soon after it comes.
 */
export const STEP_SIZE = 16_384;
const STEP_MASK = STEP_SIZE - 1;

/**
 * The undirected simple graph of `n` nodes and the pairs (`sources[i]`, `targets[i]`): several
 * links between the same two nodes make one edge, self-loops and pairs outside 0..n-1 are left out.
 */
export function buildCsr(n: number, sources: Int32Array, targets: Int32Array): CsrGraph {
  return runSteps(buildCsrSteps(n, sources, targets));
}

/**
 * `buildCsr`, pausing (`yield`) every `STEP_SIZE` links or nodes. Each node's neighbours come
 * sorted without comparing: bucketed by node once, then read bucket by bucket in node order and
 * bucketed again (a counting sort), so that the repeats are next to each other.
 */
export function* buildCsrSteps(n: number, sources: Int32Array, targets: Int32Array): Generator<void, CsrGraph> {
  const count = Math.min(sources.length, targets.length);
  const valid = (a: number, b: number) => a !== b && a >= 0 && b >= 0 && a < n && b < n;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) {
    const a = sources[i] as number;
    const b = targets[i] as number;
    if (valid(a, b)) {
      start[a + 1] = (start[a + 1] as number) + 1;
      start[b + 1] = (start[b + 1] as number) + 1;
    }
    if ((i & STEP_MASK) === STEP_MASK) yield;
  }
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const byLink = new Int32Array(start[n] as number);
  for (let i = 0; i < count; i++) {
    const a = sources[i] as number;
    const b = targets[i] as number;
    if (valid(a, b)) {
      byLink[fill[a] as number] = b;
      fill[a] = (fill[a] as number) + 1;
      byLink[fill[b] as number] = a;
      fill[b] = (fill[b] as number) + 1;
    }
    if ((i & STEP_MASK) === STEP_MASK) yield;
  }
  fill.set(start.subarray(0, n));
  const sorted = new Int32Array(start[n] as number);
  for (let w = 0; w < n; w++) {
    const to = start[w + 1] as number;
    for (let e = start[w] as number; e < to; e++) {
      const u = byLink[e] as number;
      sorted[fill[u] as number] = w;
      fill[u] = (fill[u] as number) + 1;
    }
    if ((w & STEP_MASK) === STEP_MASK) yield;
  }
  // The repeats dropped, compacting in place.
  const offsets = new Int32Array(n + 1);
  let write = 0;
  for (let v = 0; v < n; v++) {
    offsets[v] = write;
    const to = start[v + 1] as number;
    let previous = -1;
    for (let e = start[v] as number; e < to; e++) {
      const w = sorted[e] as number;
      if (w === previous) continue;
      sorted[write++] = w;
      previous = w;
    }
    if ((v & STEP_MASK) === STEP_MASK) yield;
  }
  offsets[n] = write;
  return { n, m: write / 2, offsets, neighbours: sorted.slice(0, write) };
}

/**
 * Work of the exact computation, in node and edge visits: one breadth-first search from every
 * node through its connected component, Σ over components of nodes × (nodes + edges).
 */
export function exactCost(graph: CsrGraph): number {
  return runSteps(exactCostSteps(graph));
}

/** `exactCost`, pausing (`yield`) every `STEP_SIZE` nodes or so. */
export function* exactCostSteps(graph: CsrGraph): Generator<void, number> {
  const { n, offsets, neighbours } = graph;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let cost = 0;
  let gone = 0;
  for (let s = 0; s < n; s++) {
    if ((++gone & STEP_MASK) === 0) yield;
    if (seen[s]) continue;
    seen[s] = 1;
    let head = 0;
    let tail = 0;
    let ends = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++] as number;
      const to = offsets[v + 1] as number;
      ends += to - (offsets[v] as number);
      for (let e = offsets[v] as number; e < to; e++) {
        const w = neighbours[e] as number;
        if (!seen[w]) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
      if ((++gone & STEP_MASK) === 0) yield;
    }
    cost += tail * (tail + ends / 2);
  }
  return cost;
}

/** `k` distinct nodes of 0..n-1 drawn uniformly with the seed (partial Fisher–Yates), in increasing order. */
export function sampleSources(n: number, k: number, seed: number): Int32Array {
  const count = Math.max(0, Math.min(n, k));
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const random = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    const picked = order[j] as number;
    order[j] = order[i] as number;
    order[i] = picked;
  }
  return order.slice(0, count).sort();
}

/**
 * Brandes' accumulation on a graph whose node s stands for `weight[s]` actors (itself and the
 * trees folded into it): from each source s, the dependency of every other node on the pairs
 * (s, t) weighted by t's weight, added `multiplicity[s]` times. Every source of the graph when
 * `sources` is null. From every source, each pair is counted twice (once from each end); with
 * `linear`, only its share d(s, v)/d(s, t), so that from every source each pair counts once.
 */
export function brandes(
  graph: CsrGraph,
  sources: Int32Array | null = null,
  weight: Float64Array | null = null,
  multiplicity: Float64Array | null = null,
  linear = false,
): Float64Array {
  return runSteps(brandesSteps(graph, sources, weight, multiplicity, linear));
}

/** `brandes`, pausing (`yield`) after each source and every `STEP_SIZE` nodes of a search (a search of 100,000 nodes is 10 ms alone, 50–200 ms on a busy machine). */
export function* brandesSteps(
  graph: CsrGraph,
  sources: Int32Array | null = null,
  weight: Float64Array | null = null,
  multiplicity: Float64Array | null = null,
  linear = false,
): Generator<void, Float64Array> {
  const { n, offsets, neighbours } = graph;
  const total = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  // Breadth-first order: read backwards, it is the order of non-increasing distance.
  const order = new Int32Array(n);
  const count = sources ? sources.length : n;
  let gone = 0;
  for (let i = 0; i < count; i++) {
    const s = sources ? (sources[i] as number) : i;
    const times = multiplicity ? (multiplicity[i] as number) : weight ? (weight[s] as number) : 1;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++] as number;
      const next = (dist[v] as number) + 1;
      const sv = sigma[v] as number;
      const to = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < to; e++) {
        const w = neighbours[e] as number;
        let dw = dist[w] as number;
        if (dw < 0) {
          dw = next;
          dist[w] = next;
          order[tail++] = w;
        }
        if (dw === next) sigma[w] = (sigma[w] as number) + sv;
      }
      if ((++gone & STEP_MASK) === 0) yield;
    }
    // Dependencies, from the farthest nodes back: δ(v) = Σ over successors w of σv/σw (weight(w) + δw).
    for (let j = tail - 1; j > 0; j--) {
      const v = order[j] as number;
      const next = (dist[v] as number) + 1;
      const sv = sigma[v] as number;
      let d = 0;
      const to = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < to; e++) {
        const w = neighbours[e] as number;
        if (dist[w] !== next) continue;
        const target = weight ? (weight[w] as number) : 1;
        d += (sv / (sigma[w] as number)) * ((linear ? target / next : target) + (delta[w] as number));
      }
      delta[v] = d;
      total[v] = (total[v] as number) + times * (linear ? (next - 1) * d : d);
      if ((++gone & STEP_MASK) === 0) yield;
    }
    for (let j = 0; j < tail; j++) {
      const v = order[j] as number;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    yield;
  }
  return total;
}

/**
 * The graph with its trees folded (Baglioni et al. 2012, "Fast exact computation of betweenness
 * centrality in social networks"): actors linked once (a project and its carrier, a member of a
 * single network…) are removed again and again, each into its last neighbour, whose weight counts
 * them. The paths through a removed actor, or from the trees of a kept actor, are counted exactly;
 * only the paths between kept actors need Brandes, on the smaller `core`.
 */
export interface FoldedGraph {
  /** Exactly counted pairs through each node of the original graph (trees), not doubled. */
  tree: Float64Array;
  /** For each node of the original graph, the kept node its tree hangs from (itself if kept). */
  root: Int32Array;
  /** The kept nodes, numbered 0..core.n-1, and the original node of each. */
  core: CsrGraph;
  nodeOf: Int32Array;
  /** For each node of the original graph, its number among the kept nodes (-1: folded). */
  coreIndex: Int32Array;
  /** Actors each kept node stands for (itself and its trees). */
  weight: Float64Array;
}

export function foldTrees(graph: CsrGraph): FoldedGraph {
  return runSteps(foldTreesSteps(graph));
}

/** `foldTrees`, pausing (`yield`) every `STEP_SIZE` nodes or so. */
export function* foldTreesSteps(graph: CsrGraph): Generator<void, FoldedGraph> {
  const { n, offsets, neighbours } = graph;
  let gone = 0;
  // Size of each node's connected component.
  const componentSize = new Float64Array(n);
  const queue = new Int32Array(n);
  const seen = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    if ((++gone & STEP_MASK) === 0) yield;
    if (seen[s]) continue;
    seen[s] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        const w = neighbours[e] as number;
        if (!seen[w]) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
      if ((++gone & STEP_MASK) === 0) yield;
    }
    for (let j = 0; j < tail; j++) componentSize[queue[j] as number] = tail;
  }
  const degree = new Int32Array(n);
  const weight = new Float64Array(n).fill(1);
  const squares = new Float64Array(n);
  const parent = new Int32Array(n).fill(-1);
  const removed = new Uint8Array(n);
  const peeled = new Int32Array(n);
  let peeledCount = 0;
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
    if (degree[v] === 1) queue[tail++] = v;
  }
  yield;
  while (head < tail) {
    if ((++gone & STEP_MASK) === 0) yield;
    const u = queue[head++] as number;
    if (degree[u] !== 1) continue; // its last neighbour went first: u is the root of a tree
    let p = -1;
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++) {
      const w = neighbours[e] as number;
      if (!removed[w]) {
        p = w;
        break;
      }
    }
    removed[u] = 1;
    degree[u] = 0;
    parent[u] = p;
    peeled[peeledCount++] = u;
    const wu = weight[u] as number;
    weight[p] = (weight[p] as number) + wu;
    squares[p] = (squares[p] as number) + wu * wu;
    degree[p] = (degree[p] as number) - 1;
    if (degree[p] === 1) queue[tail++] = p;
  }
  // Pairs through v with one end in its trees: between two of its branches, or to the rest.
  const tree = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const below = (weight[v] as number) - 1;
    tree[v] = (below * below - (squares[v] as number)) / 2 + below * ((componentSize[v] as number) - (weight[v] as number));
  }
  yield;
  const root = new Int32Array(n);
  const coreIndex = new Int32Array(n).fill(-1);
  // Kept nodes numbered in breadth-first order: neighbours get near numbers, so that the searches
  // read nearby memory.
  const nodeList = new Int32Array(n);
  let kept = 0;
  for (let s = 0; s < n; s++) {
    if ((++gone & STEP_MASK) === 0) yield;
    if (removed[s] || coreIndex[s] !== -1) continue;
    coreIndex[s] = kept;
    nodeList[kept++] = s;
    for (let j = kept - 1; j < kept; j++) {
      const v = nodeList[j] as number;
      root[v] = v;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        const w = neighbours[e] as number;
        if (removed[w] || coreIndex[w] !== -1) continue;
        coreIndex[w] = kept;
        nodeList[kept++] = w;
      }
      if ((++gone & STEP_MASK) === 0) yield;
    }
  }
  for (let j = peeledCount - 1; j >= 0; j--) {
    const u = peeled[j] as number;
    root[u] = root[parent[u] as number] as number;
  }
  const nodeOf = nodeList.slice(0, kept);
  const coreOffsets = new Int32Array(kept + 1);
  const coreNeighbours = new Int32Array(neighbours.length);
  let write = 0;
  for (let i = 0; i < kept; i++) {
    const v = nodeOf[i] as number;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      const w = coreIndex[neighbours[e] as number] as number;
      if (w >= 0) coreNeighbours[write++] = w;
    }
    coreOffsets[i + 1] = write;
    if ((++gone & STEP_MASK) === 0) yield;
  }
  const coreWeight = new Float64Array(kept);
  for (let i = 0; i < kept; i++) coreWeight[i] = weight[nodeOf[i] as number] as number;
  return {
    tree,
    root,
    core: { n: kept, m: write / 2, offsets: coreOffsets, neighbours: coreNeighbours.slice(0, write) },
    nodeOf,
    coreIndex,
    weight: coreWeight,
  };
}

/**
 * Betweenness of every node of the undirected graph, not normalised (as graphology-metrics'
 * `normalized: false`). Trees folded first and counted exactly; between the kept nodes, exact up
 * to `maxExactCost`, else estimated from `sources` actors drawn with the seed (Brandes & Pich
 * 2007), each standing for its kept node, scaled by n/k, with linear scaling: the share of a
 * pair (s, t) credited from s to v is d(s, v)/d(s, t), the rest is credited from t.
 */
export function betweenness(graph: CsrGraph, options: BetweennessOptions = {}): BetweennessResult {
  return runSteps(betweennessSteps(graph, options));
}

/** `betweenness`, pausing (`yield`) as it folds the trees and costs the exact way, and after each search. */
export function* betweennessSteps(graph: CsrGraph, options: BetweennessOptions = {}): Generator<void, BetweennessResult> {
  const maxExactCost = options.maxExactCost ?? MAX_EXACT_COST;
  const k = options.sources ?? SAMPLE_SOURCES;
  const { n } = graph;
  const folded = yield* foldTreesSteps(graph);
  const { core, nodeOf, weight } = folded;
  const exact = k >= n || (yield* exactCostSteps(core)) <= maxExactCost;
  let paths: Float64Array;
  let method: BetweennessMethod;
  if (exact) {
    paths = yield* brandesSteps(core, null, weight);
    method = { exact: true };
  } else {
    // Each drawn actor stands for its kept node: one search per kept node drawn, counted as often as drawn.
    const drawn = sampleSources(n, k, options.seed ?? SAMPLE_SEED);
    const times = new Map<number, number>();
    for (const actor of drawn) {
      const c = folded.coreIndex[folded.root[actor] as number] as number;
      times.set(c, (times.get(c) ?? 0) + 1);
    }
    const sources = Int32Array.from([...times.keys()].sort((a, b) => a - b));
    // Linear scaling: each pair counts once, shared between its two ends, so no halving below.
    const multiplicity = Float64Array.from(sources, (c) => ((times.get(c) as number) * 2 * n) / drawn.length);
    yield;
    paths = yield* brandesSteps(core, sources, weight, multiplicity, true);
    method = { exact: false, sources: drawn.length, nodes: n, error: SAMPLE_ERROR.meanOfMax };
  }
  const values = new Float64Array(n);
  for (let v = 0; v < n; v++) values[v] = folded.tree[v] as number;
  for (let i = 0; i < nodeOf.length; i++) {
    const v = nodeOf[i] as number;
    values[v] = (values[v] as number) + (paths[i] as number) / 2;
  }
  for (let v = 0; v < n; v++) {
    values[v] = roundShare(values[v] as number);
    if ((v & STEP_MASK) === STEP_MASK) yield;
  }
  return { values, method };
}

/**
 * Standard competition ranking, highest first: equal values share a rank ("1, 2, 2, 4"). A rank is
 * one more than the count of higher values, found in the values sorted natively (a typed array:
 * no comparison function, a few ms for 100,000).
 */
export function competitionRanks(values: ArrayLike<number>): Int32Array {
  return runSteps(competitionRanksSteps(values));
}

/** `competitionRanks`, pausing (`yield`) after the sort and every `STEP_SIZE` ranks. */
export function* competitionRanksSteps(values: ArrayLike<number>): Generator<void, Int32Array> {
  const n = values.length;
  const descending = new Float64Array(n);
  for (let i = 0; i < n; i++) descending[i] = -(values[i] as number);
  descending.sort();
  yield;
  const ranks = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const x = -(values[v] as number);
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((descending[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    ranks[v] = lo + 1;
    if ((v & STEP_MASK) === STEP_MASK) yield;
  }
  return ranks;
}

/** Floating sums of path shares, rounded to 10 significant digits so that equal values compare equal. */
function roundShare(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const scale = 10 ** (9 - Math.floor(Math.log10(Math.abs(value))));
  return Math.round(value * scale) / scale;
}
