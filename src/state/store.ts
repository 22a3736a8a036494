/**
 * The one source of truth for what the interface shows, built from typed slices. Everything in
 * `UrlState` is mirrored in the URL by `url-sync.ts`; the loaded data and what is derived from it
 * (dataset index, search hits, filter result) are in `data-slice.ts`, derived once per change in
 * the store itself; the rest (notices) lives only here.
 */
import { createStore, useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { EMPTY_FILTERS, sameFilters, type Filters } from '../core/filters';
import {
  DEFAULT_URL_STATE,
  URL_FIELDS,
  type Camera,
  type LinkDepth,
  type ListSort,
  type NearQuery,
  type Radius,
  type UrlState,
  type ViewMode,
} from '../core/url-state';
import type { Lang } from '../core/vocabulary';
import { dataSlice, withDerivedState, type DataSlice, type DataSliceOptions } from './data-slice';

type ListFacet = 'practices' | 'profiles' | 'scopes' | 'kinds' | 'themes' | 'regions' | 'departements';

interface FiltersSlice {
  filters: Filters;
  /** Adds the option to the facet, or removes it if it is there. */
  toggleOption: (facet: ListFacet, value: string) => void;
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  resetFilters: () => void;
}

interface ViewSlice {
  view: ViewMode;
  camera: Camera | null;
  lang: Lang;
  sort: ListSort;
  inView: boolean;
  setView: (view: ViewMode) => void;
  setCamera: (camera: Camera) => void;
  setLang: (lang: Lang) => void;
  setSort: (sort: ListSort) => void;
  setInView: (inView: boolean) => void;
  /** The map overlay (fragility index, coverage…), or null for none. */
  overlay: string | null;
  setOverlay: (overlay: string | null) => void;
  /** The open territory panel ("r84", "d75"), or null. */
  area: string | null;
  setArea: (area: string | null) => void;
}

interface NearSlice {
  near: NearQuery | null;
  radius: Radius;
  setNear: (near: NearQuery | null) => void;
  setRadius: (radius: Radius) => void;
}

interface SelectionSlice {
  selected: string | null;
  select: (id: string | null) => void;
  /** How far the selected actor's links are drawn. */
  depth: LinkDepth;
  setDepth: (depth: LinkDepth) => void;
}

interface UiSlice {
  /** Messages for the person (ignored URL parameters, data problems), oldest first, each once, `MAX_NOTICES` at most. */
  notices: string[];
  /** Messages that came after the first `MAX_NOTICES`: counted, not kept. */
  noticesOmitted: number;
  addNotices: (notices: string[]) => void;
  dismissNotices: () => void;
  /** The map cannot be drawn (no WebGL): the list takes its place. */
  mapUnsupported: boolean;
  setMapUnsupported: (value: boolean) => void;
  /** Replaces the URL-mirrored state at once (initial load, back/forward). */
  applyUrlState: (state: UrlState) => void;
}

export type AtlasState = UrlState & FiltersSlice & ViewSlice & NearSlice & SelectionSlice & UiSlice & DataSlice;

type Set = (partial: Partial<AtlasState> | ((s: AtlasState) => Partial<AtlasState>)) => void;
/** A slice as its function builds it: the URL-mirrored fields start at `DEFAULT_URL_STATE`, set once in `createAtlasStore`. */
type OwnFields<S> = Omit<S, keyof UrlState>;

const filtersSlice = (set: Set): OwnFields<FiltersSlice> => ({
  toggleOption: (facet, value) =>
    set((s) => {
      const current = s.filters[facet] as string[];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { filters: { ...s.filters, [facet]: next } };
    }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
});

const viewSlice = (set: Set): OwnFields<ViewSlice> => ({
  setView: (view) => set({ view }),
  setCamera: (camera) => set({ camera }),
  setLang: (lang) => set({ lang }),
  setSort: (sort) => set({ sort }),
  setInView: (inView) => set({ inView }),
  setOverlay: (overlay) => set({ overlay }),
  setArea: (area) => set({ area }),
});

const nearSlice = (set: Set): OwnFields<NearSlice> => ({
  setNear: (near) => set({ near }),
  setRadius: (radius) => set({ radius }),
});

const selectionSlice = (set: Set): OwnFields<SelectionSlice> => ({
  select: (selected) => set({ selected }),
  setDepth: (depth) => set({ depth }),
});

/** Notices the store keeps, at most: a link or a page that makes thousands must not fill the memory. */
export const MAX_NOTICES = 20;

type NoticeState = Pick<UiSlice, 'notices' | 'noticesOmitted'>;

/** The notices once `added` are in: new ones kept while there is room, the others counted. */
function withNotices(s: NoticeState, added: readonly string[]): NoticeState {
  const fresh = [...new Set(added)].filter((n) => !s.notices.includes(n));
  const kept = fresh.slice(0, Math.max(0, MAX_NOTICES - s.notices.length));
  return { notices: [...s.notices, ...kept], noticesOmitted: s.noticesOmitted + fresh.length - kept.length };
}

const uiSlice = (set: Set): UiSlice => ({
  notices: [],
  noticesOmitted: 0,
  addNotices: (notices) => {
    if (notices.length > 0) set((s) => withNotices(s, notices));
  },
  dismissNotices: () => set({ notices: [], noticesOmitted: 0 }),
  mapUnsupported: false,
  setMapUnsupported: (mapUnsupported) => set({ mapUnsupported }),
  // A URL read again (back, forward) with the same filters keeps the filters object: no filter pass.
  applyUrlState: (state) => set((s) => ({ ...state, filters: sameFilters(s.filters, state.filters) ? s.filters : state.filters })),
});

/** `options.searchClient`: where searches run (tests give one that runs in the same thread). */
export function createAtlasStore(options: DataSliceOptions = {}) {
  return createStore<AtlasState>()((rawSet, get, api) => {
    const set = withDerivedState<AtlasState>(rawSet, get);
    api.setState = set;
    return {
      ...DEFAULT_URL_STATE,
      ...filtersSlice(set),
      ...viewSlice(set),
      ...nearSlice(set),
      ...selectionSlice(set),
      ...uiSlice(set),
      ...dataSlice(set, get, options),
    };
  });
}

export const atlasStore = createAtlasStore();

export function useAtlas<T>(selector: (s: AtlasState) => T): T {
  return useStore(atlasStore, selector);
}

/** For selectors that build arrays or objects: re-render only when their contents change. */
export function useAtlasShallow<T>(selector: (s: AtlasState) => T): T {
  return useStore(atlasStore, useShallow(selector));
}

/** The URL-mirrored fields of the state, in the URL table's order. */
export function urlStateOf(s: AtlasState): UrlState {
  return Object.fromEntries(URL_FIELDS.map((field) => [field, s[field]])) as UrlState;
}
