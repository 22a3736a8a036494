import { describe, expect, it } from 'vitest';
import { buildCsr, STEP_SIZE } from './csr-graph';
import { foldTrees, foldTreesSteps } from './fold-trees';
import { networkLike } from './network-like';
import { csrOfPairs, runStepsCounting } from '../../../tests/helpers/steps';

describe('foldTrees', () => {
  it('keeps only the nodes on a cycle, weighted by their trees', () => {
    const folded = foldTrees(
      csrOfPairs(6, [
        [0, 1],
        [1, 2],
        [2, 0],
        [0, 3],
        [3, 4],
        [1, 5],
      ]),
    );
    expect(Array.from(folded.nodeOf)).toEqual([0, 1, 2]);
    expect(Array.from(folded.weight)).toEqual([3, 2, 1]);
    expect(Array.from(folded.root)).toEqual([0, 1, 2, 0, 0, 1]);
  });

  it('folds in steps of at most STEP_SIZE nodes (a worker hears inputs between two), to the same values', () => {
    const { sources, targets, n } = networkLike(40_000, 11);
    const graph = buildCsr(n, sources, targets);
    const folded = runStepsCounting(foldTreesSteps(graph));
    expect(folded.pauses).toBeGreaterThanOrEqual(Math.floor((3 * n) / STEP_SIZE));
    expect(folded.value).toEqual(foldTrees(graph));
  });
});
