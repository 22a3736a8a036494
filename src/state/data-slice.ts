/**
 * The loaded data in the store and what is derived from it (`derived.ts`). The files come in
 * through `setData` (from `useDataFeed`, mounted once per page); the search index is built when a
 * search is first wanted, or once the first view is drawn (`ensureSearchIndex`).
 */
import type { ActorFeature, Link } from '../core/model';
import type * as SearchModule from '../core/search';
import { DERIVED_MARKS, markDerived } from './perf-marks';
import {
  deriveState,
  NO_DERIVED_STATE,
  searchIndexWanted,
  usableIndex,
  type BuiltSearchIndex,
  type DerivedInputs,
  type DerivedState,
} from './derived';

export interface DataSlice extends Omit<DerivedInputs, 'filters'>, DerivedState {
  setData: (actors: readonly ActorFeature[] | undefined, links: readonly Link[] | undefined) => void;
  /** Fetches the search code and builds the index of the current dataset, once per dataset. */
  ensureSearchIndex: () => Promise<void>;
}

let searchModule: Promise<typeof SearchModule> | null = null;
/** Starts fetching the search code (the search box calls it on focus). */
export const loadSearch = () => (searchModule ??= import('../core/search'));

type DataState = DataSlice & { filters: DerivedInputs['filters'] };
type Set = (partial: Partial<DataSlice>) => void;
type Get = () => DataState;

export function dataSlice(set: Set, get: Get): DataSlice {
  let building: Promise<void> | null = null;
  return {
    actors: undefined,
    links: undefined,
    searchIndex: undefined,
    ...NO_DERIVED_STATE,
    setData: (actors, links) => {
      if (actors !== get().actors || links !== get().links) set({ actors, links });
    },
    ensureSearchIndex: () => {
      const { dataset, searchIndex } = get();
      if (!dataset || usableIndex(searchIndex, dataset)) return Promise.resolve();
      building ??= loadSearch()
        .then(({ buildSearchIndex }) => {
          // The data may have changed meanwhile: index what is there now.
          const current = get().dataset;
          if (!current || usableIndex(get().searchIndex, current)) return;
          markDerived(DERIVED_MARKS.searchIndex);
          const built: BuiltSearchIndex = { dataset: current, index: buildSearchIndex(current.features) };
          set({ searchIndex: built });
        })
        .finally(() => {
          building = null;
        });
      return building;
    },
  };
}

/**
 * Wraps the store's `set` so that every change also updates the derived state, in the same
 * update (readers never see filters and a filter result that disagree), and asks for the search
 * index when a search needs it.
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
    if (searchIndexWanted(get())) void get().ensureSearchIndex();
  };
}
