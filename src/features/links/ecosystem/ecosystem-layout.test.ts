import Graph from 'graphology';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyPositions, layoutInputOf, layoutPositions, layoutSteps } from './ecosystem-layout';

function triangleAndLoner() {
  const graph = new Graph<{ x: number; y: number }>({ multi: true, type: 'mixed' });
  graph.addNode('a', { x: 0, y: 0 });
  graph.addNode('b', { x: 10, y: 0 });
  graph.addNode('c', { x: 0, y: 10 });
  graph.addNode('d', { x: 10, y: 10 });
  graph.addDirectedEdge('a', 'b');
  graph.addUndirectedEdge('b', 'c');
  graph.addDirectedEdge('c', 'a');
  return graph;
}

describe('layoutInputOf', () => {
  it('numbers the nodes in graph order and gives each edge as a pair of those numbers', () => {
    const { ids, input } = layoutInputOf(triangleAndLoner());
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect([...input.x]).toEqual([0, 10, 0, 10]);
    expect([...input.y]).toEqual([0, 0, 10, 10]);
    expect([...input.edges]).toEqual([0, 1, 1, 2, 2, 0]);
  });
});

describe('layoutPositions', () => {
  it('leaves its input alone and returns the same places for the same input', () => {
    const { input } = layoutInputOf(triangleAndLoner());
    const first = layoutPositions(input, 50);
    const second = layoutPositions(input, 50);
    expect([...input.x]).toEqual([0, 10, 0, 10]);
    expect([...first.x]).toEqual([...second.x]);
    expect([...first.y]).toEqual([...second.y]);
    expect([...first.x, ...first.y].every(Number.isFinite)).toBe(true);
  });

  it('draws linked nodes together and pushes the unlinked one away', () => {
    const { input } = layoutInputOf(triangleAndLoner());
    const { x, y } = layoutPositions(input, 100);
    const gap = (i: number, j: number) => Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!);
    expect(gap(0, 1)).toBeLessThan(gap(0, 3));
    expect(gap(1, 2)).toBeLessThan(gap(1, 3));
  });

  it('moves nothing with no iterations or a single node', () => {
    const { input } = layoutInputOf(triangleAndLoner());
    expect([...layoutPositions(input, 0).x]).toEqual([0, 10, 0, 10]);
    const one = { x: Float64Array.of(3), y: Float64Array.of(4), edges: new Uint32Array() };
    expect([...layoutPositions(one, 50).y]).toEqual([4]);
  });
});

describe('layoutSteps', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Runs `steps` to its end; how many times it paused. */
  function run<T>(steps: Generator<void, T>, between: () => void = () => {}): { value: T; pauses: number } {
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { value: step.value, pauses };
      pauses += 1;
      between();
    }
  }

  it('gives the places of `layoutPositions`, in one go without a budget', () => {
    const { input } = layoutInputOf(triangleAndLoner());
    const { value, pauses } = run(layoutSteps(input, 50));
    expect([...value.x]).toEqual([...layoutPositions(input, 50).x]);
    expect(pauses).toBe(1);
  });

  it('pauses every ten iterations within a budget, which counts the work and not the pauses', () => {
    const { input } = layoutInputOf(triangleAndLoner());
    // The clock moves only while paused: a second per pause, far beyond the 100-ms budget.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const { value, pauses } = run(layoutSteps(input, 50, 100), () => (clock += 1000));
    expect(pauses).toBe(5);
    // The same places as the same chunks run without pauses.
    expect([...value.x]).toEqual([...layoutPositions(input, 50, 100).x]);
    // Work that takes the budget stops the layout after its first ten iterations.
    let working = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (working += 60));
    expect(run(layoutSteps(input, 50, 100)).pauses).toBe(1);
  });
});

describe('applyPositions', () => {
  it('writes the places back on the nodes they belong to', () => {
    const graph = triangleAndLoner();
    applyPositions(graph, ['d', 'a'], { x: Float64Array.of(1, 2), y: Float64Array.of(3, 4) });
    expect(graph.getNodeAttributes('d')).toEqual({ x: 1, y: 3 });
    expect(graph.getNodeAttributes('a')).toEqual({ x: 2, y: 4 });
  });
});
