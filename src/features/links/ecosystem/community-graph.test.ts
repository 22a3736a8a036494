import { describe, expect, it } from 'vitest';
import { aggregateLinks, communityTraits, detectCommunities } from './community-graph';
import { louvainLabels } from '../../../core/link-communities';
import { communitySubgraph } from './community-subgraph';
import { communityPicture, communityPictureSteps } from './community-picture';
import { drawnTies } from './community-model';

/** A clique of the given nodes, as pairs. */
function clique(nodes: number[]): number[] {
  const pairs: number[] = [];
  nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => pairs.push(a, b)));
  return pairs;
}

const LEFT = [0, 1, 2, 3, 4];
const RIGHT = [5, 6, 7, 8, 9, 10];
/** Two cliques, 5 and 6 nodes, joined by one link (4–5). */
const TWO_CLIQUES = Uint32Array.from([...clique(LEFT), ...clique(RIGHT), 4, 5]);
const members = (of: ArrayLike<number>, c: number) => Array.from(of).flatMap((k, i) => (k === c ? [i] : []));

describe('detectCommunities', () => {
  it('finds two cliques joined by one link, the larger first', () => {
    const found = detectCommunities(11, TWO_CLIQUES, new Uint32Array(11));
    expect(found.count).toBe(2);
    expect(members(found.of, 0)).toEqual(RIGHT);
    expect(members(found.of, 1)).toEqual(LEFT);
    expect([...found.sizes]).toEqual([6, 5]);
    expect([...found.unlinked]).toEqual([0, 0]);
  });

  it('puts a fiche with a single partner in its partner’s community', () => {
    const edges = Uint32Array.from([...TWO_CLIQUES, 0, 11]);
    const found = detectCommunities(12, edges, new Uint32Array(12));
    expect(found.of[11]).toBe(found.of[0]);
    expect([...found.sizes]).toEqual([6, 6]);
  });

  it('gathers fiches without links and tiny groups by région, after the communities', () => {
    // 11, 12: no links, région 3; 13–14: a pair, région 3; 15: no link, région 1.
    const region = Uint32Array.from([...new Array<number>(11).fill(0), 3, 3, 3, 3, 1]);
    const found = detectCommunities(16, Uint32Array.from([...TWO_CLIQUES, 13, 14]), region);
    expect(found.count).toBe(4);
    expect([...found.sizes]).toEqual([6, 5, 4, 1]);
    expect([...found.unlinked]).toEqual([0, 0, 1, 1]);
    expect(members(found.of, 2)).toEqual([11, 12, 13, 14]);
    expect(members(found.of, 3)).toEqual([15]);
  });

  it('gives the same communities for the same seed', () => {
    // A ring of 12 cliques: many equally good partitions, settled by the seed.
    const edges: number[] = [];
    for (let k = 0; k < 12; k += 1) {
      edges.push(...clique([0, 1, 2, 3, 4].map((i) => k * 5 + i)));
      edges.push(k * 5 + 4, ((k + 1) % 12) * 5);
    }
    const a = detectCommunities(60, edges, new Uint32Array(60), 7);
    const b = detectCommunities(60, edges, new Uint32Array(60), 7);
    expect([...a.of]).toEqual([...b.of]);
    expect(a.count).toBeGreaterThanOrEqual(2);
  });

  it('gives the same communities from labels worked out before as from Louvain', () => {
    const edges = Uint32Array.from([...TWO_CLIQUES, 11, 12, 12, 13, 13, 11, 20, 21]);
    const region = Uint32Array.from({ length: 25 }, (_, i) => i % 3);
    const labels = louvainLabels(25, edges);
    expect(detectCommunities(25, edges, region, undefined, labels)).toEqual(detectCommunities(25, edges, region));
  });

  it('handles a graph without nodes or links', () => {
    expect(detectCommunities(0, new Uint32Array(), new Uint32Array()).count).toBe(0);
    const alone = detectCommunities(3, new Uint32Array(), Uint32Array.of(2, 2, 2));
    expect([...alone.of]).toEqual([0, 0, 0]);
    expect([...alone.unlinked]).toEqual([1]);
  });
});

describe('aggregateLinks', () => {
  it('adds up the links between communities and counts those inside', () => {
    const of = detectCommunities(11, TWO_CLIQUES, new Uint32Array(11)).of;
    const links = aggregateLinks(of, 2, TWO_CLIQUES);
    expect([...links.pairs]).toEqual([0, 1]);
    expect([...links.weights]).toEqual([1]);
    expect([...links.internal]).toEqual([15, 10]);
  });

  it('gives one entry per pair, the smaller number first, whatever the links’ direction', () => {
    const of = Uint32Array.of(0, 1, 2, 1);
    const links = aggregateLinks(of, 3, Uint32Array.of(1, 0, 0, 3, 2, 1, 1, 3));
    expect([...links.pairs]).toEqual([0, 1, 1, 2]);
    expect([...links.weights]).toEqual([2, 1]);
    expect([...links.internal]).toEqual([0, 1, 0]);
  });
});

describe('communityTraits', () => {
  it('gives the most common value of each column and its share', () => {
    const of = Uint32Array.of(0, 0, 0, 0, 1, 1);
    const traits = communityTraits(of, Uint32Array.of(4, 2), {
      region: Uint32Array.of(5, 5, 5, 2, 1, 1),
      departement: Uint32Array.of(7, 8, 9, 9, 3, 4),
      profile: Uint8Array.of(1, 1, 0, 0, 2, 2),
    });
    expect(traits[0]).toEqual({ region: 5, regionShare: 0.75, departement: 9, departementShare: 0.5, profile: 0, profileShare: 0.5 });
    expect(traits[1]).toEqual({ region: 1, regionShare: 1, departement: 3, departementShare: 0.5, profile: 2, profileShare: 1 });
  });
});

describe('communitySubgraph', () => {
  it('keeps one community’s members and the links between them, numbered anew', () => {
    const of = detectCommunities(11, TWO_CLIQUES, new Uint32Array(11)).of;
    const sub = communitySubgraph(of, 1, TWO_CLIQUES);
    expect([...sub.nodes]).toEqual(LEFT);
    expect(sub.edges.length / 2).toBe(10);
    expect(Math.max(...sub.edges)).toBe(4);
  });

  it('renumbers the members from 0', () => {
    const sub = communitySubgraph(Uint32Array.of(1, 0, 1, 1), 1, Uint32Array.of(0, 1, 2, 3, 3, 0));
    expect([...sub.nodes]).toEqual([0, 2, 3]);
    expect([...sub.edges]).toEqual([1, 2, 2, 0]);
  });
});

describe('communityPicture', () => {
  const request = {
    nodeCount: 11,
    edges: TWO_CLIQUES,
    columns: { region: new Uint32Array(11), departement: new Uint32Array(11), profile: new Uint8Array(11) },
    groupBy: 'region' as const,
    seed: 1,
    iterations: 50,
    budgetMs: 1000,
  };

  it('holds the communities, their links and finite places', () => {
    const picture = communityPicture(request);
    expect(picture.count).toBe(2);
    expect([...picture.weights]).toEqual([1]);
    expect(picture.traits).toHaveLength(2);
    expect([...picture.x, ...picture.y].every(Number.isFinite)).toBe(true);
  });

  it('is the same in steps, paused between its parts and within the layout', () => {
    const steps = communityPictureSteps(request);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    const whole = communityPicture(request);
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect([...step.value.of]).toEqual([...whole.of]);
    expect([...step.value.x]).toEqual([...whole.x]);
    expect(step.value.timings.communities).toBeGreaterThanOrEqual(0);
    expect(step.value.timings.layout).toBeGreaterThanOrEqual(0);
  });

  it('is the same for the same input', () => {
    const a = communityPicture(request);
    const b = communityPicture(request);
    expect([...a.of]).toEqual([...b.of]);
    expect([...a.x]).toEqual([...b.x]);
  });
});

describe('drawnTies', () => {
  it('keeps each community’s heaviest ties, and drops a tie weak for both its ends', () => {
    // 0–1: 9 links, 0–2: 5, 1–2: 7.
    const picture = { count: 3, pairs: Uint32Array.of(0, 1, 0, 2, 1, 2), weights: Uint32Array.of(9, 5, 7) };
    expect(drawnTies(picture, 1)).toEqual([0, 2]);
    expect(drawnTies(picture, 2)).toEqual([0, 1, 2]);
  });
});
