import { describe, expect, it } from 'vitest';
import { bridgeCount, bridgeIds } from './graph-bridges';

describe('bridges', () => {
  it('takes a tenth of the graph, at least one, at most fifteen', () => {
    expect(bridgeCount(4)).toBe(1);
    expect(bridgeCount(35)).toBe(4);
    expect(bridgeCount(2000)).toBe(15);
  });

  it('keeps the highest betweenness first, and never a fiche that bridges nothing', () => {
    const values: Record<string, number> = { a: 0, b: 12.5, c: 3, d: 12.5, e: 0 };
    expect(bridgeIds(['a', 'b', 'c', 'd', 'e'], (id) => values[id], 3)).toEqual(['b', 'd', 'c']);
    expect(bridgeIds(['a', 'e', 'x'], (id) => values[id], 3)).toEqual([]);
  });
});
