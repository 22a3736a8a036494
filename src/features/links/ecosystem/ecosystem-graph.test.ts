import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../core/dataset-index';
import { ecosystemGraph, memberGraph, nodeSize } from './ecosystem-graph';
import { NETWORK_ACTORS, NETWORK_LINKS } from '../../../../tests/fixtures/link-network';

const data = indexDataset(NETWORK_ACTORS, NETWORK_LINKS);
const matching = (...ids: string[]) => {
  const m = new Uint8Array(NETWORK_ACTORS.length);
  for (const id of ids) m[data.rowOf.get(id) ?? -1] = 1;
  return m;
};

describe('ecosystemGraph', () => {
  it('holds the matching actors, their links, and the outside actors they link to', () => {
    const eco = ecosystemGraph(data, matching('A', 'F'), { iterations: 0 });
    expect(eco.graph.nodes().sort()).toEqual(['A', 'B', 'C', 'F']);
    expect(eco).toMatchObject({ inside: 2, outside: 2, links: 3 });
    expect(eco.graph.getNodeAttribute('B', 'outside')).toBe(true);
    expect(eco.graph.getNodeAttribute('A', 'outside')).toBe(false);
  });

  it('sizes nodes by degree, the most linked at the maximum', () => {
    const eco = ecosystemGraph(data, matching('A', 'B', 'C', 'D', 'E', 'F', 'G'), { iterations: 0, minSize: 2, maxSize: 10 });
    const size = (id: string) => eco.graph.getNodeAttribute(id, 'size');
    expect(size('B')).toBe(10); // degree 4, the highest
    expect(size('F')).toBe(2);
    expect(size('A')).toBeCloseTo(2 + 8 * Math.sqrt(3 / 4), 9);
  });

  it('lays out deterministically, with finite positions', () => {
    const a = ecosystemGraph(data, matching('A', 'B', 'C', 'D', 'E', 'F', 'G'), { iterations: 50 });
    const b = ecosystemGraph(data, matching('A', 'B', 'C', 'D', 'E', 'F', 'G'), { iterations: 50 });
    const positions = (g: typeof a) => g.graph.mapNodes((id, attr) => [id, attr.x, attr.y]);
    expect(positions(a)).toEqual(positions(b));
    expect(positions(a).every(([, x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  });
});

describe('memberGraph', () => {
  it('holds the given fiches and the links between them only, the unmatched ones outside', () => {
    const rows = ['A', 'B', 'C'].map((id) => data.rowOf.get(id)!);
    const eco = memberGraph(data, rows, matching('A', 'B'), { iterations: 0 });
    expect(eco.graph.nodes().sort()).toEqual(['A', 'B', 'C']);
    // A porte B, A finance B, A partenaire de C; B's links to D and G are left out.
    expect(eco).toMatchObject({ inside: 2, outside: 1, links: 3 });
    expect(eco.graph.getNodeAttribute('C', 'outside')).toBe(true);
  });
});

describe('nodeSize', () => {
  it('grows with the square root of the degree', () => {
    expect(nodeSize(0, 4, 3, 13)).toBe(3);
    expect(nodeSize(1, 4, 3, 13)).toBe(8);
    expect(nodeSize(4, 4, 3, 13)).toBe(13);
    expect(nodeSize(0, 0, 3, 13)).toBe(3);
  });
});
