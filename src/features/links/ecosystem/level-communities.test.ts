/**
 * A level's communities: the node columns sent to the detection are the level's nodes' own (found
 * through the ecosystem's rows), and a graph asked twice is searched once. In node there is no
 * worker: the detection runs in the same thread, as in a browser without workers.
 */
import { describe, expect, it, vi } from 'vitest';
import { knownLabels, levelCommunities, topLevel } from './level-communities';
import type { EcosystemRows } from './ecosystem-rows';
import { COMMUNITIES_WORK } from './graph-layout-protocol';

/** Two cliques of six nodes joined by one link; node i is dataset row 100 + i. */
function twoCliques(): EcosystemRows {
  const edges: number[] = [];
  for (const base of [0, 6]) for (let a = 0; a < 6; a += 1) for (let b = a + 1; b < 6; b += 1) edges.push(base + a, base + b);
  edges.push(0, 6);
  return { rows: Uint32Array.from({ length: 12 }, (_, i) => 100 + i), inside: 12, edges: Uint32Array.from(edges) };
}

/** Rows 100–105 in région 3, 106–111 in région 7; profiles 1 and 2 likewise. */
const table = {
  region: Uint32Array.from({ length: 112 }, (_, row) => (row < 106 ? 3 : 7)),
  departement: new Uint32Array(112),
  profile: Uint8Array.from({ length: 112 }, (_, row) => (row < 106 ? 1 : 2)),
};

describe('levelCommunities', () => {
  it('numbers the first level’s nodes in order', () => {
    const rows = twoCliques();
    expect([...topLevel(rows).nodes]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(topLevel(rows).edges).toBe(rows.edges);
  });

  it('finds the two cliques, each with its rows’ région and profile, once per graph', async () => {
    const rows = twoCliques();
    const level = topLevel(rows);
    const asked = levelCommunities(level, 0, rows, { table });
    expect(levelCommunities(topLevel(rows), 0, rows, { table })).toBe(asked);
    const picture = await asked;
    expect(picture.count).toBe(2);
    expect(picture.traits.map((t) => [t.region, t.profile]).sort()).toEqual([
      [3, 1],
      [7, 2],
    ]);
    expect(picture.of[0]).not.toBe(picture.of[6]);
  });

  it('serves the view the search asked ahead in the background, and tells its worker it is awaited until it answers', async () => {
    const told: unknown[] = [];
    const Channel = vi.fn(function (this: { postMessage: (m: unknown) => void; close: () => void }, name: string) {
      this.postMessage = () => told.push(name);
      this.close = () => {};
    });
    vi.stubGlobal('BroadcastChannel', Channel);
    try {
      const rows = twoCliques();
      const ahead = levelCommunities(topLevel(rows), 0, rows, { table }, true);
      expect(told).toEqual([]);
      const viewed = levelCommunities(topLevel(rows), 0, rows, { table });
      expect(viewed).toBe(ahead);
      expect(told).toEqual([`atlas:awaited:${COMMUNITIES_WORK}`]);
      expect((await viewed).count).toBe(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('takes the labels written with the links when the level is the whole network, in row order', async () => {
    // Node i is row i, every row inside: the network of the file itself.
    const rows = { ...twoCliques(), rows: Uint32Array.from({ length: 12 }, (_, i) => i) };
    const wide = { region: new Uint32Array(12), departement: new Uint32Array(12), profile: new Uint8Array(12) };
    // Labels that put all twelve in one community: what comes back shows that they were used.
    const communityLabels = new Int32Array(12).fill(4);
    const top = topLevel(rows);
    expect(knownLabels(top, rows, { table: wide, communityLabels })).toBe(communityLabels);
    expect((await levelCommunities(top, 0, rows, { table: wide, communityLabels })).count).toBe(1);
    // Not for a selection (some rows outside the filters), another dataset, or a community opened.
    expect(knownLabels(top, { ...rows, inside: 11 }, { table: wide, communityLabels })).toBeUndefined();
    expect(knownLabels(top, rows, { table: wide, communityLabels: new Int32Array(13) })).toBeUndefined();
    expect(knownLabels({ ...top, name: 'Bretagne · associations' }, rows, { table: wide, communityLabels })).toBeUndefined();
    expect(knownLabels(top, rows, { table: wide })).toBeUndefined();
  });
});
