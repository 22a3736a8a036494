/**
 * What the store derives from the data and the filters, once per change and for every reader:
 * the dataset index when the data arrive, the search hits when the text or the search index
 * change, the filter result when the data, the filters or the hits change. Components read them
 * through selectors (`useAtlas((s) => s.filtered)`); none computes them.
 *
 * `deriveState` is pure but for the performance marks that let the bench count the builds.
 */
import { indexDataset, type DatasetIndex } from '../core/dataset-index';
import { applyFilters, type FilterResult, type Filters } from '../core/filters';
import type { ActorFeature, Link } from '../core/model';
import type { SearchIndex } from '../core/search';
import { DERIVED_MARKS, markDerived } from './perf-marks';

export interface FilteredView {
  data: DatasetIndex;
  result: FilterResult;
  /** Rows matching the search text, best first; undefined without text. */
  textOrder: number[] | undefined;
}

export interface SearchHits {
  /** The trimmed text searched. */
  text: string;
  /** Matching rows, best first. */
  order: number[];
  hits: ReadonlySet<number>;
}

/** A search index and the dataset it was built for. */
export interface BuiltSearchIndex {
  dataset: DatasetIndex;
  index: SearchIndex;
}

/** The inputs: the loaded files (set by `useDataFeed`) and the filters. */
export interface DerivedInputs {
  actors: readonly ActorFeature[] | undefined;
  links: readonly Link[] | undefined;
  filters: Filters;
  /** Built off the first view's path, when a search is first wanted (`ensureSearchIndex`). */
  searchIndex: BuiltSearchIndex | undefined;
}

export interface DerivedState {
  dataset: DatasetIndex | undefined;
  search: SearchHits | undefined;
  /**
   * The filter result. While the search index is on its way (a few ms, once), the last result
   * of the same dataset stays, so that the map and the list do not blank.
   */
  filtered: FilteredView | undefined;
}

export const NO_DERIVED_STATE: DerivedState = { dataset: undefined, search: undefined, filtered: undefined };

type State = DerivedInputs & DerivedState;

/** The derived fields that change when the inputs go from `prev`'s to `next`. */
export function deriveState(prev: State, next: DerivedInputs): Partial<DerivedState> {
  const out: Partial<DerivedState> = {};
  const dataChanged = next.actors !== prev.actors || next.links !== prev.links;
  const dataset = dataChanged ? (next.actors ? buildDatasetIndex(next.actors, next.links ?? []) : undefined) : prev.dataset;
  if (dataChanged) out.dataset = dataset;

  const index = usableIndex(next.searchIndex, dataset);
  const text = next.filters.text.trim();
  let search = prev.search;
  if (text !== (search?.text ?? '') || index !== usableIndex(prev.searchIndex, prev.dataset)) {
    search = text !== '' && index ? runSearch(index, text) : undefined;
    if (search !== prev.search) out.search = search;
  }

  if (dataset !== prev.dataset || next.filters !== prev.filters || search !== prev.search) {
    const waiting = text !== '' && !search;
    if (!dataset) out.filtered = undefined;
    else if (waiting) out.filtered = prev.filtered?.data === dataset ? prev.filtered : undefined;
    else out.filtered = filterDataset(dataset, next.filters, search);
  }
  return out;
}

/** Whether a search is wanted that no search index of the current dataset can answer yet. */
export function searchIndexWanted(s: State): boolean {
  return s.dataset !== undefined && usableIndex(s.searchIndex, s.dataset) === undefined && s.filters.text.trim() !== '';
}

export function usableIndex(built: BuiltSearchIndex | undefined, dataset: DatasetIndex | undefined): SearchIndex | undefined {
  return built !== undefined && built.dataset === dataset ? built.index : undefined;
}

export function buildDatasetIndex(actors: readonly ActorFeature[], links: readonly Link[]): DatasetIndex {
  markDerived(DERIVED_MARKS.datasetIndex);
  return indexDataset(actors, links);
}

function runSearch(index: SearchIndex, text: string): SearchHits {
  const order = index.search(text);
  return { text, order, hits: new Set(order) };
}

function filterDataset(data: DatasetIndex, filters: Filters, search: SearchHits | undefined): FilteredView {
  markDerived(DERIVED_MARKS.filterPass);
  return { data, result: applyFilters(data.table, filters, search?.hits), textOrder: search?.order };
}
