import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../core/dataset-index';
import { ecosystemGraph } from './ecosystem-graph';
import { ecosystemRows, linkRowPairs } from './ecosystem-rows';
import { NETWORK_ACTORS, NETWORK_LINKS } from '../../../../tests/fixtures/link-network';

const data = indexDataset(NETWORK_ACTORS, NETWORK_LINKS);
const matching = (...ids: string[]) => {
  const m = new Uint8Array(NETWORK_ACTORS.length);
  for (const id of ids) m[data.rowOf.get(id) ?? -1] = 1;
  return m;
};
const ids = (rows: ArrayLike<number>) => Array.from(rows, (r) => NETWORK_ACTORS[r]!.properties.id);

describe('linkRowPairs', () => {
  it('gives each link between known fiches as a pair of rows, once per dataset', () => {
    const pairs = linkRowPairs(data);
    expect(pairs.length).toBe(14); // 7 links; A→Z and Y→B point to fiches that do not exist
    expect(ids(pairs.slice(0, 4))).toEqual(['A', 'B', 'A', 'B']);
    expect(linkRowPairs(data)).toBe(pairs);
  });
});

describe('ecosystemRows', () => {
  it('is made once per dataset and filter result, anew for another result', () => {
    const matches = matching('A', 'B');
    const rows = ecosystemRows(data, matches);
    expect(ecosystemRows(data, matches)).toBe(rows);
    const other = ecosystemRows(data, matching('A', 'B'));
    expect(other).not.toBe(rows);
    expect(other).toEqual(rows);
  });

  it('holds the matching fiches first, then the outside fiches they link to, and their links', () => {
    const rows = ecosystemRows(data, matching('A', 'F'));
    expect(ids(rows.rows)).toEqual(['A', 'F', 'B', 'C']);
    expect(rows.inside).toBe(2);
    // A–B twice (porte, financeur), A–C.
    expect(Array.from(rows.edges)).toEqual([0, 2, 0, 2, 0, 3]);
  });

  it('has the nodes and links of the ecosystem graph', () => {
    for (const selection of [['A', 'F'], ['B'], ['A', 'B', 'C', 'D', 'E', 'F', 'G'], []]) {
      const rows = ecosystemRows(data, matching(...selection));
      const eco = ecosystemGraph(data, matching(...selection), { iterations: 0 });
      expect(ids(rows.rows).sort()).toEqual(eco.graph.nodes().sort());
      expect(rows.inside).toBe(eco.inside);
      expect(rows.edges.length / 2).toBe(eco.links);
    }
  });
});
