/**
 * Betweenness centrality that scales: Brandes' algorithm on a compact graph (CSR: typed arrays of
 * offsets and neighbours) of the undirected network, one edge per linked pair.
 *
 * Trees (actors linked once, again and again) are folded and counted exactly first (Baglioni et
 * al. 2012). Exact when the rest fits in about 200 ms; above that, an estimate from a fixed,
 * seeded set of source actors scaled by n/k (Brandes & Pich 2007, "Centrality estimation in large
 * networks"), each pair's share split along the path ("linear scaling", Geisberger, Sanders &
 * Schultes 2008), which halves the error of the plain estimate. The same data always gives the
 * same values. Pure TS, no graph library; run it in a worker, where its steps (a few ms each:
 * `STEP_SIZE` nodes of a search at most) let it pause while a person acts.
 */
import { mulberry32 } from '../../core/mulberry32';
import { runSteps } from '../../core/steps';
import { componentsSteps, STEP_SIZE, type CsrGraph } from './csr-graph';
import { foldTreesSteps } from './fold-trees';

const STEP_MASK = STEP_SIZE - 1;

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
 * Work of the exact computation, in node and edge visits: one breadth-first search from every
 * node through its connected component, Σ over components of nodes × (nodes + edges).
 */
export function exactCost(graph: CsrGraph): number {
  return runSteps(exactCostSteps(graph));
}

/** `exactCost`, pausing (`yield`) every `STEP_SIZE` nodes or so. */
export function* exactCostSteps(graph: CsrGraph): Generator<void, number> {
  let cost = 0;
  yield* componentsSteps(graph, (_, size, ends) => (cost += size * (size + ends / 2)));
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
