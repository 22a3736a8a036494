import { describe, expect, it } from 'vitest';
import { buildLinkGraph, datasetLinkMetrics } from './link-graph';
import { NETWORK_ACTORS, NETWORK_LINKS, link } from '../../../tests/fixtures/link-network';
import { actor } from '../../../tests/fixtures/actors';

const actors = NETWORK_ACTORS.map((f) => f.properties);

describe('buildLinkGraph', () => {
  it('makes one node per actor and one edge per link between known actors', () => {
    const { graph } = buildLinkGraph(actors, NETWORK_LINKS);
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(7);
  });

  it('leaves out the dangling links and returns them, without inventing nodes', () => {
    const { graph, dangling } = buildLinkGraph(actors, NETWORK_LINKS);
    expect(dangling.map((l) => `${l.source}→${l.target}`)).toEqual(['A→Z', 'Y→B']);
    expect(graph.hasNode('Z')).toBe(false);
    expect(graph.hasNode('Y')).toBe(false);
  });

  it('makes directed types directed edges from source to target, symmetric types undirected', () => {
    const { graph } = buildLinkGraph(actors, NETWORK_LINKS);
    expect(graph.outDegree('A')).toBe(2); // porte, finance B
    expect(graph.inDegree('A')).toBe(0);
    expect(graph.inDegree('B')).toBe(2);
    expect(graph.undirectedDegree('A')).toBe(1); // partenaire de C
    expect(graph.outNeighbors('D')).toEqual(['E']);
    expect(graph.inNeighbors('D')).toEqual(['B']);
    const partner = graph.undirectedEdges('B', 'G')[0] ?? '';
    expect(graph.getEdgeAttributes(partner)).toEqual({ linkType: 'partenaire', directed: false, sample: false });
    expect(graph.outEdges('B', 'A')).toEqual([]);
    expect(graph.outEdges('A', 'B')).toHaveLength(2);
  });

  it('does not change its inputs', () => {
    const frozenLinks = Object.freeze(NETWORK_LINKS.map((l) => Object.freeze({ ...l })));
    expect(() => buildLinkGraph(Object.freeze([...actors]), frozenLinks)).not.toThrow();
  });

  it('ignores a link from an actor to itself', () => {
    const { graph } = buildLinkGraph([actor({ id: 'solo' }).properties], [link('solo', 'solo', 'partenaire')]);
    expect(graph.size).toBe(0);
  });
});

describe('datasetLinkMetrics', () => {
  const metrics = datasetLinkMetrics(actors, NETWORK_LINKS).byId;
  const get = (id: string) => metrics.get(id);

  it('counts each link once, and the distinct actors linked', () => {
    expect(get('A')).toMatchObject({ links: 3, linked: 2 });
    expect(get('B')).toMatchObject({ links: 4, linked: 3 });
    expect(get('E')).toMatchObject({ links: 2, linked: 2 });
    expect(get('F')).toMatchObject({ links: 0, linked: 0 });
  });

  it.each([
    ['A', 2, 'association B, entreprise C'],
    ['B', 3, 'collectivité A, académique D, entreprise G'],
    ['C', 1, 'collectivité A'],
    ['D', 1, 'two associations (B, E) are one world'],
    ['E', 2, 'académique D, entreprise G'],
    ['G', 1, 'two associations'],
    ['F', 0, 'no link'],
  ])('bridges worlds: %s → %i (%s)', (id, worlds) => {
    expect(get(id)?.worlds).toBe(worlds);
  });

  it('names the worlds in the vocabulary order', () => {
    expect(get('B')?.profiles).toEqual(['collectivite', 'entreprise', 'academique']);
  });

  it('does not count a linked actor without a profile as a world', () => {
    const m = datasetLinkMetrics(
      [actor({ id: 'x', profile: 'collectivite' }).properties, actor({ id: 'y', profile: null }).properties],
      [link('x', 'y', 'partenaire')],
    );
    expect(m.byId.get('x')?.worlds).toBe(0);
  });

  it.each([
    // B is on every path from {A, C} to {D, G, E}: 6 pairs, and half of D–G (via B or via E).
    ['B', 6.5, 1],
    // A: C to each of B, D, G, E.
    ['A', 4, 2],
    // D and G: half of each of C–E, A–E, B–E (two shortest paths, via D or via G).
    ['D', 1.5, 3],
    ['G', 1.5, 3],
    // E: half of D–G.
    ['E', 0.5, 5],
    ['C', 0, 6],
    ['F', 0, 6],
  ])('betweenness of %s is %d, rank %i', (id, betweenness, rank) => {
    expect(get(id)?.betweenness).toBeCloseTo(betweenness, 9);
    expect(get(id)?.betweennessRank).toBe(rank);
  });

  it('ranks every actor, exactly on a small network', () => {
    const all = datasetLinkMetrics(actors, NETWORK_LINKS);
    expect(all.ranked).toBe(7);
    expect(all.betweennessMethod).toEqual({ exact: true });
  });

  it('leaves out the dangling links and the links of an actor to itself', () => {
    const m = datasetLinkMetrics(
      ['p', 'q'].map((id) => actor({ id }).properties),
      [link('p', 'q', 'partenaire'), link('p', 'p', 'partenaire'), link('p', 'zz', 'porte')],
    ).byId;
    expect(m.get('p')).toMatchObject({ links: 1, linked: 1 });
    expect(m.get('zz')).toBeUndefined();
  });

  it('counts two links in both directions between the same actors once for betweenness', () => {
    const m = datasetLinkMetrics(
      ['p', 'q', 'r'].map((id) => actor({ id }).properties),
      [link('p', 'q', 'porte'), link('q', 'p', 'membre'), link('q', 'r', 'partenaire')],
    ).byId;
    expect(m.get('q')).toMatchObject({ links: 3, linked: 2, betweenness: 1 });
  });
});
