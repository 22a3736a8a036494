import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../core/dataset-index';
import {
  columnBuffers,
  computeLinkMetrics,
  datasetLinkMetrics,
  linkMetricsInput,
  linkMetricsInputInSlices,
  linkMetricsInputOfIndex,
  linkMetricsView,
} from './link-metrics';
import { NETWORK_ACTORS, NETWORK_LINKS, link } from '../../../tests/fixtures/link-network';
import { actor } from '../../../tests/fixtures/actors';

const actors = NETWORK_ACTORS.map((f) => f.properties);

describe('linkMetricsInput', () => {
  it('numbers the actors in order and the links between known actors', () => {
    const { ids, input } = linkMetricsInput(actors, NETWORK_LINKS);
    expect(ids).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    // collectivite 0, association 1, entreprise 2…; F has none.
    expect(Array.from(input.profiles.slice(0, 3))).toEqual([0, 1, 2]);
    expect(input.profiles[5]).toBe(-1);
    // A→Z and Y→B are left out.
    expect(input.sources.length).toBe(7);
    expect([input.sources[0], input.targets[0]]).toEqual([0, 1]);
  });

  it('reuses the dataset index when its ids are unique, and gives the same input', () => {
    const data = indexDataset(NETWORK_ACTORS, NETWORK_LINKS);
    const reused = linkMetricsInput(actors, NETWORK_LINKS, data.rowOf);
    expect(reused.indexOf).toBe(data.rowOf);
    expect(reused.input).toEqual(linkMetricsInput(actors, NETWORK_LINKS).input);
  });

  it('reads the same input off the dataset index’s columns, dangling and self links left out', () => {
    const links = [...NETWORK_LINKS, link('C', 'C', 'partenaire'), link('Q', 'A', 'partenaire')];
    const data = indexDataset(NETWORK_ACTORS, links);
    const fromIndex = linkMetricsInputOfIndex(data);
    const byId = linkMetricsInput(actors, links);
    expect(fromIndex?.ids).toEqual(byId.ids);
    expect(fromIndex?.indexOf).toBe(data.rowOf);
    expect(fromIndex?.input).toEqual(byId.input);
    expect(fromIndex?.input.sources.length).toBe(7);
    expect(fromIndex?.input.profiles[5]).toBe(-1);
  });

  it('leaves an index whose ids repeat to the numbering by id', () => {
    const twice = [actor({ id: 'a' }), actor({ id: 'a' })];
    expect(linkMetricsInputOfIndex(indexDataset(twice, []))).toBeNull();
  });

  it('keeps the first of two actors with the same id', () => {
    const twice = [actor({ id: 'a', profile: 'association' }).properties, actor({ id: 'a', profile: 'entreprise' }).properties];
    const { ids, input } = linkMetricsInput(twice, [link('a', 'a', 'partenaire')], new Map([['a', 1]]));
    expect(ids).toEqual(['a']);
    expect(Array.from(input.profiles)).toEqual([1]);
    expect(input.sources.length).toBe(0);
  });
});

describe('computeLinkMetrics and its view', () => {
  const { ids, indexOf, input } = linkMetricsInput(actors, NETWORK_LINKS);
  const columns = computeLinkMetrics(input);

  it('answers typed columns, one entry per actor, whose buffers can be moved', () => {
    expect(columns.links).toBeInstanceOf(Int32Array);
    expect(columns.betweenness).toBeInstanceOf(Float64Array);
    expect(Array.from(columns.links)).toEqual([3, 4, 1, 2, 2, 0, 2]);
    expect(Array.from(columns.rank)).toEqual([2, 1, 6, 3, 5, 6, 3]);
    expect(columnBuffers(columns)).toHaveLength(5);
    expect(columns.method).toEqual({ exact: true });
  });

  it('reads as a map by id, the same record each time', () => {
    const { byId, ranked } = linkMetricsView(ids, indexOf, columns);
    expect(ranked).toBe(7);
    expect(byId.size).toBe(7);
    expect(byId.has('B')).toBe(true);
    expect(byId.get('Z')).toBeUndefined();
    expect(byId.get('B')).toBe(byId.get('B'));
    expect(byId.get('B')).toEqual({
      links: 4,
      linked: 3,
      worlds: 3,
      profiles: ['collectivite', 'entreprise', 'academique'],
      betweenness: 6.5,
      betweennessRank: 1,
    });
    expect([...byId.keys()]).toEqual(ids);
    expect([...byId].map(([id, m]) => [id, m.links])).toEqual([...byId.entries()].map(([id]) => [id, byId.get(id)?.links]));
    const seen: string[] = [];
    byId.forEach((_m, id) => seen.push(id));
    expect(seen).toEqual(ids);
    expect([...byId.values()][1]).toBe(byId.get('B'));
  });

  it('is the same through datasetLinkMetrics', () => {
    const all = datasetLinkMetrics(actors, NETWORK_LINKS);
    expect(all.byId.get('D')).toEqual(linkMetricsView(ids, indexOf, columns).byId.get('D'));
    expect(all.betweennessMethod).toEqual({ exact: true });
  });

  it('reports an estimate above the exact budget', () => {
    const all = datasetLinkMetrics(actors, NETWORK_LINKS, { maxExactCost: 0, sources: 3 });
    expect(all.betweennessMethod).toMatchObject({ exact: false, sources: 3, nodes: 7 });
  });
});

describe('linkMetricsInputInSlices', () => {
  it('gives the same input as at once, in small slices', async () => {
    const data = indexDataset(NETWORK_ACTORS, NETWORK_LINKS);
    const sliced = await linkMetricsInputInSlices(actors, NETWORK_LINKS, data.rowOf, 2);
    expect(sliced.input).toEqual(linkMetricsInput(actors, NETWORK_LINKS).input);
    expect(sliced.ids).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    const own = await linkMetricsInputInSlices(actors, NETWORK_LINKS, undefined, 3);
    expect(own.input).toEqual(sliced.input);
  });
});
