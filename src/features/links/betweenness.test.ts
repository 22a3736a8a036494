import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import {
  betweenness,
  betweennessSteps,
  brandes,
  brandesSteps,
  competitionRanks,
  exactCost,
  exactCostSteps,
  sampleSources,
  MAX_EXACT_COST,
  SAMPLE_ERROR,
  SAMPLE_SOURCES,
} from './betweenness';
import { buildCsr, STEP_SIZE, type CsrGraph } from './csr-graph';
import { foldTrees, foldTreesSteps } from './fold-trees';
import { networkLike } from './network-like';
import { mulberry32 } from '../../core/mulberry32';
import { csrOfPairs, runStepsCounting } from '../../../tests/helpers/steps';

const exactValues = (graph: CsrGraph) => Array.from(betweenness(graph, { maxExactCost: Infinity }).values);

describe('the exact cost in steps (a worker hears inputs between two)', () => {
  it('costs the exact way in steps of at most STEP_SIZE nodes, to the same value', () => {
    const { sources, targets, n } = networkLike(40_000, 11);
    const { core } = foldTrees(buildCsr(n, sources, targets));
    const cost = runStepsCounting(exactCostSteps(core));
    expect(cost.pauses).toBeGreaterThanOrEqual(Math.floor(core.n / STEP_SIZE));
    expect(cost.value).toBe(exactCost(core));
  });
});

describe('exact betweenness on hand-made graphs', () => {
  it('on a path 0–1–2–3–4: k·(n−1−k) for the k-th node', () => {
    expect(
      exactValues(
        csrOfPairs(5, [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 4],
        ]),
      ),
    ).toEqual([0, 3, 4, 3, 0]);
  });

  it('on a star of 5 leaves: the centre is on every pair of leaves', () => {
    expect(
      exactValues(
        csrOfPairs(6, [
          [0, 1],
          [0, 2],
          [0, 3],
          [0, 4],
          [0, 5],
        ]),
      ),
    ).toEqual([10, 0, 0, 0, 0, 0]);
  });

  it('on two triangles joined by a bridge: only its ends are between', () => {
    // 0-1-2 and 3-4-5, bridge 2–3.
    const graph = csrOfPairs(6, [
      [0, 1],
      [1, 2],
      [0, 2],
      [3, 4],
      [4, 5],
      [3, 5],
      [2, 3],
    ]);
    // 2 is on the paths from {0, 1} to {3, 4, 5}: 6 pairs, and 3 likewise.
    expect(exactValues(graph)).toEqual([0, 0, 6, 6, 0, 0]);
  });

  it('on a square: each corner is on half of the opposite pair', () => {
    expect(
      exactValues(
        csrOfPairs(4, [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 0],
        ]),
      ),
    ).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('on a cycle with a tail, the folded tree adds its pairs exactly', () => {
    // Square 0-1-2-3 and a tail 0–4–5: 4 is on 5's paths to 0..3 (4 pairs); 0 on {4, 5} × {1, 2, 3}
    // (6 pairs) and half of 1–3.
    const graph = csrOfPairs(6, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
      [0, 4],
      [4, 5],
    ]);
    const values = exactValues(graph);
    expect(values[4]).toBe(4);
    expect(values[0]).toBe(6.5);
    // 1 and 3: half of 0–2 and of {4, 5}–2.
    expect(values[1]).toBe(1.5);
    expect(values[2]).toBe(0.5);
  });

  it('leaves isolated nodes and separate components at 0 across components', () => {
    expect(
      exactValues(
        csrOfPairs(5, [
          [0, 1],
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual([0, 1, 0, 0, 0]);
  });

  it('counts a tree that folds into a single node', () => {
    // A path of 6 folds entirely; each node still gets k·(n−1−k).
    expect(
      exactValues(
        csrOfPairs(6, [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 4],
          [4, 5],
        ]),
      ),
    ).toEqual([0, 4, 6, 6, 4, 0]);
  });
});

function randomPairs(n: number, m: number, seed: number): [number, number][] {
  const random = mulberry32(seed);
  const pairs: [number, number][] = [];
  for (let i = 0; i < m; i++) pairs.push([Math.floor(random() * n), Math.floor(random() * n)]);
  return pairs;
}

describe('the same values as graphology-metrics', () => {
  it.each([
    [300, 360, 1],
    [300, 600, 2],
    [400, 420, 3],
    [200, 800, 4],
  ])('on a random graph of %i nodes and %i links (seed %i)', (n, m, seed) => {
    const pairs = randomPairs(n, m, seed);
    const reference = new Graph({ type: 'undirected', multi: false });
    for (let v = 0; v < n; v++) reference.addNode(String(v));
    for (const [a, b] of pairs) if (a !== b) reference.mergeEdge(String(a), String(b));
    const expected = betweennessCentrality(reference, { normalized: false });
    const graph = csrOfPairs(n, pairs);
    const values = betweenness(graph, { maxExactCost: Infinity }).values;
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    for (let v = 0; v < n; v++) expect(close(values[v] ?? NaN, expected[String(v)] ?? 0)).toBe(true);
    // Without folding the trees: the same.
    const plain = brandes(graph);
    for (let v = 0; v < n; v++) expect(close((plain[v] ?? NaN) / 2, expected[String(v)] ?? 0)).toBe(true);
  });
});

describe('the estimate', () => {
  const { sources, targets, n } = networkLike(10_000, 7);
  const graph = buildCsr(n, sources, targets);

  it('is needed above the exact budget on a network of 10,000 actors', () => {
    expect(exactCost(foldTrees(graph).core)).toBeGreaterThan(MAX_EXACT_COST);
    expect(betweenness(graph).method).toEqual({ exact: false, sources: SAMPLE_SOURCES, nodes: n, error: SAMPLE_ERROR.meanOfMax });
  });

  it('is exact on a network of 1,000 actors', () => {
    const small = networkLike(1_000, 7);
    expect(betweenness(buildCsr(small.n, small.sources, small.targets)).method).toEqual({ exact: true });
  });

  it('is reproducible: the same network gives the same values', () => {
    const a = betweenness(graph).values;
    const b = betweenness(buildCsr(n, sources.slice(), targets.slice())).values;
    expect(b).toEqual(a);
    expect(sampleSources(n, 8, 1)).toEqual(sampleSources(n, 8, 1));
    expect(sampleSources(n, 8, 1)).not.toEqual(sampleSources(n, 8, 2));
  });

  it('runs in steps, at least one per search of the sample, and gives the same values so', () => {
    const { pauses, value } = runStepsCounting(betweennessSteps(graph));
    const preparation = runStepsCounting(foldTreesSteps(graph)).pauses + runStepsCounting(exactCostSteps(foldTrees(graph).core)).pauses;
    // One search per kept node drawn (fewer than the sources where two drawn actors share one), each
    // pausing at its end and every STEP_SIZE nodes it goes through.
    expect(pauses - preparation).toBeGreaterThan(SAMPLE_SOURCES);
    expect(value).toEqual(betweenness(graph));
  });

  it('pauses within a search of more than STEP_SIZE nodes', () => {
    const line = networkLike(3 * STEP_SIZE, 3);
    const big = buildCsr(line.n, line.sources, line.targets);
    const one = runStepsCounting(brandesSteps(big, Int32Array.of(0)));
    expect(one.pauses).toBeGreaterThan(1);
    expect(one.value).toEqual(brandes(big, Int32Array.of(0)));
  });

  it('stays within the stated error of the exact values', { timeout: 120_000 }, () => {
    const exact = betweenness(graph, { maxExactCost: Infinity }).values;
    const estimate = betweenness(graph).values;
    let max = 0;
    let absolute = 0;
    for (let v = 0; v < n; v++) {
      max = Math.max(max, exact[v] as number);
      absolute += Math.abs((estimate[v] as number) - (exact[v] as number));
    }
    expect(absolute / n / max).toBeLessThan(SAMPLE_ERROR.meanOfMax);
    const top = (values: Float64Array) =>
      new Set(
        Array.from(values.keys())
          .sort((a, b) => (values[b] as number) - (values[a] as number))
          .slice(0, 100),
      );
    const exactTop = top(exact);
    const overlap = [...top(estimate)].filter((v) => exactTop.has(v)).length;
    expect(overlap).toBeGreaterThanOrEqual(SAMPLE_ERROR.top100);
    const onPath = Array.from(exact.keys()).filter((v) => (exact[v] as number) > 0);
    const rho = spearman(
      onPath.map((v) => exact[v] as number),
      onPath.map((v) => estimate[v] as number),
    );
    expect(rho).toBeGreaterThan(SAMPLE_ERROR.spearman);
  });
});

/** Spearman's rank correlation: Pearson's on the ranks, ties at their mean rank. */
function spearman(a: readonly number[], b: readonly number[]): number {
  const ranks = (values: readonly number[]) => {
    const order = values.map((_v, i) => i).sort((i, j) => (values[i] as number) - (values[j] as number));
    const result = new Array<number>(values.length);
    for (let i = 0; i < order.length;) {
      let j = i;
      while (j + 1 < order.length && values[order[j + 1] as number] === values[order[i] as number]) j++;
      for (let t = i; t <= j; t++) result[order[t] as number] = (i + j) / 2;
      i = j + 1;
    }
    return result;
  };
  const x = ranks(a);
  const y = ranks(b);
  const mean = (x.length - 1) / 2;
  let covariance = 0;
  let vx = 0;
  let vy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = (x[i] as number) - mean;
    const dy = (y[i] as number) - mean;
    covariance += dx * dy;
    vx += dx * dx;
    vy += dy * dy;
  }
  return covariance / Math.sqrt(vx * vy);
}

describe('sampleSources', () => {
  it('draws distinct nodes, in increasing order', () => {
    const drawn = Array.from(sampleSources(1000, 256, 42));
    expect(new Set(drawn).size).toBe(256);
    expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
    expect(drawn.every((v) => v >= 0 && v < 1000)).toBe(true);
  });

  it('draws every node when asked for more than there are', () => {
    expect(Array.from(sampleSources(3, 10, 1))).toEqual([0, 1, 2]);
  });
});

describe('competitionRanks', () => {
  it('gives equal values the same rank and skips the next ones', () => {
    expect(Array.from(competitionRanks([1, 5, 3, 5, 0, 3, 3]))).toEqual([6, 1, 3, 1, 7, 3, 3]);
  });

  it('ranks all at 1 when all are equal', () => {
    expect(Array.from(competitionRanks([0, 0, 0]))).toEqual([1, 1, 1]);
    expect(Array.from(competitionRanks([]))).toEqual([]);
    expect(Array.from(competitionRanks([0.25, 1e-12, 0.25, 7]))).toEqual([2, 4, 2, 1]);
  });
});
