import { beforeEach, describe, expect, it } from 'vitest';
import { ACTORS } from '../../tests/fixtures/actors';
import type { ActorFeature, Link } from '../core/model';
import { DERIVED_MARKS } from './perf-marks';
import { createInProcessSearchClient } from './search-in-process';
import { createAtlasStore, urlStateOf } from './store';

const LINKS: Link[] = [{ source: 'a', target: 'b', type: 'partenaire', note: '', sources: [], sample: false }];
const count = (name: string) => performance.getEntriesByName(name, 'mark').length;
type Store = ReturnType<typeof createAtlasStore>;
type State = ReturnType<Store['getState']>;
const idsOf = (store: Store | State) => {
  const view = ('getState' in store ? store.getState() : store).filtered;
  if (!view) return undefined;
  const order = view.textOrder ?? view.data.features.map((_, i) => i);
  return order.filter((row) => view.result.matches[row] === 1).map((row) => view.data.features[row]?.properties.id);
};

/** Resolves once the store's state satisfies `ok` (now or after a change). */
function until(store: Store, ok: (s: State) => boolean): Promise<void> {
  if (ok(store.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = store.subscribe((s) => {
      if (!ok(s)) return;
      stop();
      resolve();
    });
  });
}

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

  it('keeps the actors’ index and the filter result when the links come after the actors', () => {
    const store = createAtlasStore();
    store.getState().toggleOption('practices', 'lieu');
    store.getState().setData(ACTORS, undefined);
    const first = store.getState();
    expect(first.dataset?.links).toEqual([]);
    store.getState().setData(ACTORS, LINKS);
    const { dataset, filtered } = store.getState();
    expect(dataset).not.toBe(first.dataset);
    expect(dataset?.linksOf.get('a')).toHaveLength(1);
    // The actors' part is shared, not rebuilt: the cluster worker and the list orders keep theirs.
    expect(dataset?.table).toBe(first.dataset?.table);
    expect(dataset?.columns).toBe(first.dataset?.columns);
    expect(filtered?.data).toBe(dataset);
    expect(filtered?.result).toBe(first.filtered?.result);
    expect(idsOf(store)).toEqual(['a', 'c']);
    expect(count(DERIVED_MARKS.datasetIndex)).toBe(1);
    expect(count(DERIVED_MARKS.linksIndex)).toBe(1);
    expect(count(DERIVED_MARKS.filterPass)).toBe(1);
  });

  it('does not filter again when back or forward restores the same filters (a fiche opened or closed)', () => {
    const store = createAtlasStore();
    store.getState().toggleOption('practices', 'lieu');
    store.getState().setData(ACTORS, LINKS);
    const { filters, filtered } = store.getState();
    store.getState().applyUrlState({ ...urlStateOf(store.getState()), filters: structuredClone(filters), selected: 'a' });
    expect(store.getState().selected).toBe('a');
    expect(store.getState().filters).toBe(filters);
    expect(store.getState().filtered).toBe(filtered);
    expect(count(DERIVED_MARKS.filterPass)).toBe(1);
    // Other filters from the URL: a new pass.
    store.getState().applyUrlState({ ...urlStateOf(store.getState()), filters: { ...filters, practices: [] } });
    expect(store.getState().filters.practices).toEqual([]);
    expect(count(DERIVED_MARKS.filterPass)).toBe(2);
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
    const client = createInProcessSearchClient();
    const store = createAtlasStore({ searchClient: () => client });
    store.getState().setData(ACTORS, []);
    store.getState().toggleOption('profiles', 'association');
    const before = store.getState().filtered;
    store.getState().setFilter('text', 'lyon');
    // The hits are on their way: the last result of the same dataset stays, marked pending.
    expect(store.getState().filtered).toBe(before);
    expect(store.getState().searchPending).toBe(true);
    await until(store, (s) => !s.searchPending);
    expect(idsOf(store)).toEqual([]);
    store.getState().resetFilters();
    store.getState().setFilter('text', 'lyon');
    await until(store, (s) => !s.searchPending);
    expect(idsOf(store)).toEqual(['d']);
    store.getState().setFilter('text', 'tiers lieux');
    await until(store, (s) => !s.searchPending);
    expect(idsOf(store)).toEqual(['c']);
    expect(client.builds).toBe(1);
    expect(count(DERIVED_MARKS.searchIndex)).toBe(1);
    expect(count(DERIVED_MARKS.datasetIndex)).toBe(1);
  });

  it('filters once per search reply, and never shows "nothing found" while a search is on its way', async () => {
    const store = createAtlasStore({ searchClient: () => createInProcessSearchClient() });
    store.getState().setData(ACTORS, []);
    await store.getState().ensureSearchIndex();
    const passes = count(DERIVED_MARKS.filterPass);
    const totals: number[] = [];
    store.subscribe((s) => totals.push(s.filtered?.result.total ?? -1));
    store.getState().setFilter('text', 'lyon');
    await until(store, (s) => !s.searchPending);
    expect(count(DERIVED_MARKS.filterPass)).toBe(passes + 1);
    expect(totals.every((t) => t > 0)).toBe(true);
    expect(idsOf(store)).toEqual(['d']);
  });

  it('drops the replies of texts typed over: only the latest is applied', async () => {
    // The first text's reply comes last.
    const client = createInProcessSearchClient({ delay: (text) => (text === 'poitiers' ? 30 : 0) });
    const store = createAtlasStore({ searchClient: () => client });
    store.getState().setData(ACTORS, []);
    await store.getState().ensureSearchIndex();
    const applied: string[] = [];
    store.subscribe((s) => {
      if (s.search) applied.push(s.search.text);
    });
    store.getState().setFilter('text', 'poitiers');
    store.getState().setFilter('text', 'lyon');
    await until(store, (s) => !s.searchPending);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(idsOf(store)).toEqual(['d']);
    expect([...new Set(applied)]).toEqual(['lyon']);
    expect(store.getState().searchAnswer?.text).toBe('lyon');
  });

  it('restores a search given before the data come (a link with q=)', async () => {
    const store = createAtlasStore({ searchClient: () => createInProcessSearchClient() });
    store.getState().setFilter('text', 'lyon');
    expect(store.getState().filtered).toBeUndefined();
    store.getState().setData(ACTORS, []);
    await until(store, (s) => !s.searchPending);
    expect(idsOf(store)).toEqual(['d']);
    expect(count(DERIVED_MARKS.searchIndex)).toBe(1);
  });

  it('searches the descriptions once they are in, and filters again', async () => {
    // The features of actors.columns.json carry no description: those come from the details shards.
    const features: ActorFeature[] = ACTORS.map(({ properties: { description: _, ...properties }, ...f }) => ({ ...f, properties }));
    const descriptions = ACTORS.map((a) => (a.properties.id === 'b' ? 'Un atelier de réparation de vélos' : ''));
    const client = createInProcessSearchClient({ descriptions: () => descriptions });
    const store = createAtlasStore({ searchClient: () => client });
    store.getState().setData(features, []);
    store.getState().setFilter('text', 'velos');
    await until(store, (s) => idsOf(s) !== undefined && idsOf(s)?.length === 1);
    expect(idsOf(store)).toEqual(['b']);
    expect(count(DERIVED_MARKS.searchDescriptions)).toBe(1);
    expect(client.builds).toBe(1);
  });

  it('drops the search index of older data: new data get their own', async () => {
    const client = createInProcessSearchClient();
    const store = createAtlasStore({ searchClient: () => client });
    store.getState().setData(ACTORS, []);
    await store.getState().ensureSearchIndex();
    await store.getState().ensureSearchIndex();
    expect(client.builds).toBe(1);
    store.getState().setData(ACTORS.slice(0, 3), []);
    store.getState().setFilter('text', 'lyon');
    await until(store, (s) => !s.searchPending);
    expect(store.getState().filtered?.result.total).toBe(0);
    expect(client.builds).toBe(2);
    expect(count(DERIVED_MARKS.searchIndex)).toBe(2);
  });

  it('keeps the search index and the hits when only the links come (the search reads the actors)', async () => {
    const client = createInProcessSearchClient();
    const store = createAtlasStore({ searchClient: () => client });
    store.getState().setData(ACTORS, undefined);
    store.getState().setFilter('text', 'lyon');
    await until(store, (s) => !s.searchPending);
    store.getState().setData(ACTORS, LINKS);
    expect(store.getState().searchPending).toBe(false);
    expect(idsOf(store)).toEqual(['d']);
    expect(client.builds).toBe(1);
  });

  it('gives no result without data, whatever the filters', () => {
    const store = createAtlasStore();
    store.getState().setFilter('text', 'lyon');
    store.getState().toggleOption('practices', 'lieu');
    expect(store.getState().filtered).toBeUndefined();
    expect(count(DERIVED_MARKS.filterPass)).toBe(0);
  });
});
