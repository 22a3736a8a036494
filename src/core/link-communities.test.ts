/** Louvain's labels of a network: the trees folded into the node they hang from, the same on every run. */
import { describe, expect, it } from 'vitest';
import { louvainLabels } from './link-communities';

/** A clique of the given nodes, as pairs. */
function clique(nodes: number[]): number[] {
  const pairs: number[] = [];
  nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => pairs.push(a, b)));
  return pairs;
}

describe('louvainLabels', () => {
  it('labels two cliques joined by one link apart, a leaf with its node, -1 without links', () => {
    // Cliques 0–4 and 5–10, joined 4–5; 11 hangs from 0, 12 from 11; 13 has no link; 14–15 stand alone.
    const edges = Uint32Array.from([...clique([0, 1, 2, 3, 4]), ...clique([5, 6, 7, 8, 9, 10]), 4, 5, 0, 11, 11, 12, 14, 15]);
    const labels = louvainLabels(16, edges);
    const left = labels[0]!;
    const right = labels[5]!;
    expect(left).not.toBe(right);
    expect([1, 2, 3, 4, 11, 12].map((i) => labels[i])).toEqual([left, left, left, left, left, left]);
    expect([6, 7, 8, 9, 10].map((i) => labels[i])).toEqual([right, right, right, right, right]);
    expect(labels[13]).toBe(-1);
    expect(labels[14]).toBe(labels[15]);
    expect([left, right]).not.toContain(labels[14]);
  });

  it('gives the same labels on every run, self-links changing nothing', () => {
    const edges = Uint32Array.from(Array.from({ length: 400 }, (_, k) => (k * 37 + (k % 7) * 11) % 120));
    const labels = [...louvainLabels(120, edges)];
    expect(new Set(labels).size).toBeGreaterThan(1);
    expect([...louvainLabels(120, edges)]).toEqual(labels);
    expect([...louvainLabels(120, Uint32Array.from([...edges, 3, 3, 50, 50]))]).toEqual(labels);
  });
});
