/**
 * The loaded data in the store and what is derived from it (`derived.ts`). The files come in
 * through `setData` (from `useDataFeed`, mounted once per page). The text search runs in a worker
 * (`search-client.ts`): its index is built once per dataset, when a search is first wanted or once
 * the first view is drawn (`ensureSearchIndex`); each new text is sent to it, and its reply, unless
 * a newer text was sent meanwhile, becomes `searchAnswer`, from which the hits and the filter
 * result are derived.
 */
import type { ActorFeature, Link } from '../core/model';
import { DERIVED_MARKS, markDerived, SEARCH_APPLIED_MARK, SEARCH_SENT_MARK } from './perf-marks';
import { answerFor, deriveState, NO_DERIVED_STATE, type DerivedInputs, type DerivedState } from './derived';
import { createSearchClient, type SearchClient } from './search-client';

export interface DataSlice extends Omit<DerivedInputs, 'filters'>, DerivedState {
  /**
   * `links` undefined with actors: the links are not loaded yet (the dataset index has none until
   * then), which readers tell from an empty list, "no links".
   */
  setData: (actors: readonly ActorFeature[] | undefined, links: readonly Link[] | undefined) => void;
  /** Builds the search index of the current dataset in the search worker, once per dataset. */
  ensureSearchIndex: () => Promise<void>;
  /** Sends the current text to the search worker if its hits are wanted and not asked for yet (called after every change). */
  syncSearch: () => void;
}

export interface DataSliceOptions {
  /** Where searches run: the worker by default; tests give one that runs in the same thread. */
  searchClient?: () => SearchClient;
}

type DataState = DataSlice & { filters: DerivedInputs['filters'] };
type Set = (partial: Partial<DataSlice>) => void;
type Get = () => DataState;

/** The search index in the worker: of the actors only (links that come later change nothing). */
interface Indexed {
  features: readonly ActorFeature[];
  /** The dataset's number for the worker. */
  id: number;
  ready: Promise<void>;
  done: boolean;
}

export function dataSlice(set: Set, get: Get, options: DataSliceOptions = {}): DataSlice {
  let client: SearchClient | null = null;
  let indexed: Indexed | null = null;
  let ids = 0;
  /** The last search sent: each reply but the latest's is dropped. */
  let seq = 0;
  let sent: { id: number; text: string } | null = null;

  const searchClient = (): SearchClient => {
    if (client) return client;
    const created = (options.searchClient ?? createSearchClient)();
    // Once the descriptions are in, the current text may find more: ask again.
    created.onDescriptions((id) => {
      if (id !== indexed?.id) return;
      markDerived(DERIVED_MARKS.searchDescriptions);
      sent = null;
      send(true);
    });
    client = created;
    return created;
  };

  /** Sends the current text unless its answer is there or on its way (`again`: even then). */
  const send = (again = false) => {
    const { dataset, filters, searchAnswer } = get();
    const text = filters.text.trim();
    if (!dataset || text === '' || indexed?.features !== dataset.features || !indexed.done) return;
    if (!again && answerFor(searchAnswer, dataset, text)) return;
    const { id, features } = indexed;
    if (sent?.id === id && sent.text === text) return;
    sent = { id, text };
    const mine = ++seq;
    performance.mark(SEARCH_SENT_MARK, { detail: { text } });
    searchClient()
      .search(id, text)
      .then(({ rows }) => {
        if (mine !== seq || get().dataset?.features !== features) return;
        const order = Array.from(rows);
        const previous = answerFor(get().searchAnswer, get().dataset, text);
        // The same rows again (descriptions that changed nothing): no new filter pass.
        if (previous && sameRows(previous.order, order)) return;
        performance.mark(SEARCH_APPLIED_MARK, { detail: { text, hits: order.length } });
        set({ searchAnswer: { features, text, order } });
      })
      .catch((error: unknown) => {
        if (mine === seq) sent = null;
        console.warn('search failed', error);
      });
  };

  const ensureSearchIndex = (): Promise<void> => {
    const { dataset } = get();
    if (!dataset) return Promise.resolve();
    if (indexed?.features === dataset.features) return indexed.ready;
    const entry: Indexed = { features: dataset.features, id: ++ids, ready: Promise.resolve(), done: false };
    indexed = entry;
    sent = null;
    entry.ready = searchClient()
      .index(entry.id, entry.features)
      .then(
        () => {
          if (indexed !== entry) return;
          entry.done = true;
          markDerived(DERIVED_MARKS.searchIndex);
          send();
        },
        (error: unknown) => {
          // Replaced by a newer dataset's: nothing to say.
          if (indexed !== entry) return;
          indexed = null;
          console.warn('search index failed', error);
        },
      );
    return entry.ready;
  };

  return {
    actors: undefined,
    links: undefined,
    searchAnswer: undefined,
    ...NO_DERIVED_STATE,
    setData: (actors, links) => {
      if (actors !== get().actors || links !== get().links) set({ actors, links });
    },
    ensureSearchIndex,
    syncSearch: () => {
      const { dataset, filters } = get();
      if (!dataset || filters.text.trim() === '') return;
      if (indexed?.features !== dataset.features) void ensureSearchIndex();
      else send();
    },
  };
}

function sameRows(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Wraps the store's `set` so that every change also updates the derived state, in the same
 * update (readers never see filters and a filter result that disagree), and sends the text to
 * the search worker when its hits are wanted.
 */
export function withDerivedState<S extends DataState>(
  set: (partial: Partial<S>) => void,
  get: () => S,
): (partial: Partial<S> | ((s: S) => Partial<S>)) => void {
  return (partial) => {
    const prev = get();
    const patch = typeof partial === 'function' ? partial(prev) : partial;
    const next = { ...prev, ...patch };
    set({ ...patch, ...deriveState(prev, next) } as Partial<S>);
    get().syncSearch();
  };
}
