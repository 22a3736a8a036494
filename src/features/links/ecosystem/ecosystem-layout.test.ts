import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyPositions, layoutInputOf, layoutPositions } from './ecosystem-layout';

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

describe('applyPositions', () => {
  it('writes the places back on the nodes they belong to', () => {
    const graph = triangleAndLoner();
    applyPositions(graph, ['d', 'a'], { x: Float64Array.of(1, 2), y: Float64Array.of(3, 4) });
    expect(graph.getNodeAttributes('d')).toEqual({ x: 1, y: 3 });
    expect(graph.getNodeAttributes('a')).toEqual({ x: 2, y: 4 });
  });
});
