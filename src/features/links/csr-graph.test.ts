import { describe, expect, it } from 'vitest';
import { buildCsr, buildCsrSteps, STEP_SIZE } from './csr-graph';
import { networkLike } from './network-like';
import { csrOfPairs, runStepsCounting } from '../../../tests/helpers/steps';

describe('buildCsr', () => {
  it('keeps one edge per linked pair, without self-loops or unknown nodes', () => {
    const graph = csrOfPairs(3, [
      [0, 1],
      [1, 0],
      [0, 1],
      [1, 1],
      [1, 2],
      [2, 7],
      [-1, 0],
    ]);
    expect(graph.m).toBe(2);
    expect(Array.from(graph.offsets)).toEqual([0, 1, 3, 4]);
    expect(Array.from(graph.neighbours)).toEqual([1, 0, 2, 1]);
  });

  it('sorts each node’s neighbours, whatever the order of the links', () => {
    const graph = csrOfPairs(5, [
      [4, 0],
      [2, 0],
      [0, 3],
      [1, 0],
      [3, 4],
      [0, 2],
      [2, 4],
    ]);
    expect(Array.from(graph.offsets)).toEqual([0, 4, 5, 7, 9, 12]);
    expect(Array.from(graph.neighbours)).toEqual([1, 2, 3, 4, 0, 0, 4, 0, 4, 0, 2, 3]);
  });
});

describe('buildCsrSteps (a worker hears inputs between two steps)', () => {
  it('builds the graph pausing every STEP_SIZE links or nodes, to the same graph', () => {
    const { sources, targets, n } = networkLike(40_000, 11);
    const { pauses, value } = runStepsCounting(buildCsrSteps(n, sources, targets));
    // Two passes over the links, two over the nodes.
    expect(pauses).toBe(2 * Math.floor(sources.length / STEP_SIZE) + 2 * Math.floor(n / STEP_SIZE));
    expect(value).toEqual(buildCsr(n, sources, targets));
  });
});
