import { beforeEach, describe, expect, it } from 'vitest';
import { ACTORS } from '../../tests/fixtures/actors';
import type { Link } from '../core/model';
import { DERIVED_MARKS } from './perf-marks';
import { createAtlasStore } from './store';

const LINKS: Link[] = [{ source: 'a', target: 'b', type: 'partenaire', note: '', sources: [] }];
const count = (name: string) => performance.getEntriesByName(name, 'mark').length;
const idsOf = (store: ReturnType<typeof createAtlasStore>) => {
  const view = store.getState().filtered;
  if (!view) return undefined;
  const order = view.textOrder ?? view.data.features.map((_, i) => i);
  return order.filter((row) => view.result.matches[row] === 1).map((row) => view.data.features[row]?.properties.id);
};

describe('the store’s derived state', () => {
  beforeEach(() => performance.clearMarks());

  it('has no dataset and no filter result before the data come', () => {
    const store = createAtlasStore();
    expect(store.getState().dataset).toBeUndefined();
    expect(store.getState().filtered).toBeUndefined();
  });

  it('builds one dataset index and one filter pass when the data arrive, read by every selector', () => {
    const store = createAtlasStore();
    store.getState().setData(ACTORS, LINKS);
    const { dataset, filtered } = store.getState();
    expect(dataset?.features).toHaveLength(6);
    expect(dataset?.linksOf.get('a')).toHaveLength(1);
    expect(filtered?.data).toBe(dataset);
    expect(filtered?.result.total).toBe(6);
    // The same data again, and changes of fields the derived state does not read: no new build.
    store.getState().setData(ACTORS, LINKS);
    store.getState().setView('list');
    store.getState().select('a');
    expect(store.getState().dataset).toBe(dataset);
    expect(store.getState().filtered).toBe(filtered);
    expect(count(DERIVED_MARKS.datasetIndex)).toBe(1);
    expect(count(DERIVED_MARKS.filterPass)).toBe(1);
  });

  it('filters again, once, when a filter changes, in the same update as the filter', () => {
    const store = createAtlasStore();
    store.getState().setData(ACTORS, []);
    const seen: (string | undefined)[][] = [];
    store.subscribe((s) => seen.push([s.filters.practices.join(','), String(s.filtered?.result.total)]));
    store.getState().toggleOption('practices', 'lieu');
    expect(seen).toEqual([['lieu', '2']]);
    expect(idsOf(store)).toEqual(['a', 'c']);
    expect(count(DERIVED_MARKS.filterPass)).toBe(2);
    expect(count(DERIVED_MARKS.datasetIndex)).toBe(1);
  });

  it('builds the search index once, when a search asks for it, and keeps the last result meanwhile', async () => {
    const store = createAtlasStore();
    store.getState().setData(ACTORS, []);
    store.getState().toggleOption('profiles', 'association');
    const before = store.getState().filtered;
    store.getState().setFilter('text', 'lyon');
    // The index is on its way: the last result of the same dataset stays.
    expect(store.getState().filtered).toBe(before);
    await store.getState().ensureSearchIndex();
    expect(idsOf(store)).toEqual([]);
    store.getState().resetFilters();
    store.getState().setFilter('text', 'lyon');
    expect(idsOf(store)).toEqual(['d']);
    store.getState().setFilter('text', 'tiers lieux');
    expect(idsOf(store)).toEqual(['c']);
    expect(count(DERIVED_MARKS.searchIndex)).toBe(1);
    expect(count(DERIVED_MARKS.datasetIndex)).toBe(1);
  });

  it('drops the search index of older data: new data get their own', async () => {
    const store = createAtlasStore();
    store.getState().setData(ACTORS, []);
    await store.getState().ensureSearchIndex();
    const first = store.getState().searchIndex;
    store.getState().setData(ACTORS.slice(0, 3), []);
    store.getState().setFilter('text', 'lyon');
    await store.getState().ensureSearchIndex();
    expect(store.getState().searchIndex).not.toBe(first);
    expect(store.getState().filtered?.result.total).toBe(0);
    expect(count(DERIVED_MARKS.searchIndex)).toBe(2);
  });

  it('gives no result without data, whatever the filters', () => {
    const store = createAtlasStore();
    store.getState().setFilter('text', 'lyon');
    store.getState().toggleOption('practices', 'lieu');
    expect(store.getState().filtered).toBeUndefined();
    expect(count(DERIVED_MARKS.filterPass)).toBe(0);
  });
});
