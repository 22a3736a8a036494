/**
 * The network as a compact graph (CSR: typed arrays of offsets and neighbours), one edge per
 * linked pair, built in steps that a worker can pause between (`STEP_SIZE`).
 */
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
 * Each connected component of `graph` in turn: `visit(queue, size, ends)` with its nodes in
 * `queue[0 .. size)` and the sum of their degrees; pausing (`yield`) every `STEP_SIZE` nodes or so.
 */
export function* componentsSteps(graph: CsrGraph, visit: (queue: Int32Array, size: number, ends: number) => void): Generator<void, void> {
  const { n, offsets, neighbours } = graph;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
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
    visit(queue, tail, ends);
  }
}
