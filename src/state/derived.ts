/**
 * What the store derives from the data and the filters, once per change and for every reader:
 * the dataset index when the data arrive, the search hits when the search worker's reply for the
 * text comes, the filter result when the data, the filters or the hits change. Components read them
 * through selectors (`useAtlas((s) => s.filtered)`); none computes them.
 *
 * `deriveState` is pure but for the performance marks that let the bench count the builds.
 */
import { indexDataset, withLinks, type DatasetIndex } from '../core/dataset-index';
import { actorTableFor, linkRowsFor, pointColumnsFor } from './data-files-client';
import { applyFilters, type FilterResult, type Filters } from '../core/filters';
import type { ActorFeature, Link } from '../core/model';
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
  /** 1 at the rows of `order`: read for each row by the filter pass (a `Set` of 50,000 rows took ~5 ms to build at each keystroke). */
  hits: Uint8Array;
}

/**
 * The search worker's reply for a text: the rows of `features` that match it, best first. The
 * search reads the actors only: an answer holds for every dataset of the same actors (the links
 * may come later).
 */
export interface SearchAnswer {
  features: readonly ActorFeature[];
  /** The trimmed text searched. */
  text: string;
  order: number[];
}

/** The inputs: the loaded files (set by `useDataFeed`) and the filters. */
export interface DerivedInputs {
  actors: readonly ActorFeature[] | undefined;
  links: readonly Link[] | undefined;
  filters: Filters;
  /** The last search reply taken (`data-slice.ts`: the latest search sent, older ones dropped). */
  searchAnswer: SearchAnswer | undefined;
}

export interface DerivedState {
  dataset: DatasetIndex | undefined;
  /** The hits of the text searched; while a new text is searched, those of the previous one. */
  search: SearchHits | undefined;
  /** A text is searched and its hits are not in yet (the search box may say so). */
  searchPending: boolean;
  /**
   * The filter result. While the hits of a new text are on their way, the last result of the
   * same dataset stays, so that the map and the list do not blank (no flash of "nothing found").
   */
  filtered: FilteredView | undefined;
}

export const NO_DERIVED_STATE: DerivedState = { dataset: undefined, search: undefined, searchPending: false, filtered: undefined };

type State = DerivedInputs & DerivedState;

/** The derived fields that change when the inputs go from `prev`'s to `next`. */
export function deriveState(prev: State, next: DerivedInputs): Partial<DerivedState> {
  const out: Partial<DerivedState> = {};
  const dataChanged = next.actors !== prev.actors || next.links !== prev.links;
  // Links that come after the actors (the first map does not wait for them) keep the actors' index.
  const linksOnly = next.actors === prev.actors && next.actors !== undefined && prev.dataset !== undefined;
  let dataset = prev.dataset;
  if (dataChanged && linksOnly && prev.dataset) dataset = indexLinks(prev.dataset, next.links ?? []);
  else if (dataChanged) dataset = next.actors ? buildDatasetIndex(next.actors, next.links ?? []) : undefined;
  if (dataChanged) out.dataset = dataset;

  const text = next.filters.text.trim();
  const answer = answerFor(next.searchAnswer, dataset, text);
  // Without text, no hits; with the answer to the text, its hits; else (on their way) the last ones.
  let search = prev.search;
  if (text === '') search = undefined;
  else if (answer && (search?.order !== answer.order || search.text !== text)) search = hitsOf(answer, dataset?.features.length ?? 0);
  if (search !== prev.search) out.search = search;
  const pending = text !== '' && dataset !== undefined && !answer;
  if (pending !== prev.searchPending) out.searchPending = pending;

  if (dataset !== prev.dataset || next.filters !== prev.filters || search !== prev.search) {
    const sameRows = linksOnly && next.filters === prev.filters && search === prev.search && prev.filtered !== undefined;
    if (!dataset) out.filtered = undefined;
    // New links, same actors and filters: the same matches, read against the new index.
    else if (sameRows && prev.filtered) out.filtered = { ...prev.filtered, data: dataset };
    else if (pending) out.filtered = prev.filtered?.data === dataset ? prev.filtered : undefined;
    else out.filtered = filterDataset(dataset, next.filters, search);
  }
  return out;
}

/** The answer if it is the one to `text` on the actors of `dataset`. */
export function answerFor(answer: SearchAnswer | undefined, dataset: DatasetIndex | undefined, text: string): SearchAnswer | undefined {
  return answer !== undefined && dataset !== undefined && answer.features === dataset.features && answer.text === text ? answer : undefined;
}

function indexLinks(dataset: DatasetIndex, links: readonly Link[]): DatasetIndex {
  markDerived(DERIVED_MARKS.linksIndex);
  return withLinks(dataset, links, linkRowsFor(dataset.features, links));
}

export function buildDatasetIndex(actors: readonly ActorFeature[], links: readonly Link[]): DatasetIndex {
  markDerived(DERIVED_MARKS.datasetIndex);
  return indexDataset(actors, links, { columns: pointColumnsFor(actors), table: actorTableFor(actors), links: linkRowsFor(actors, links) });
}

function hitsOf(answer: SearchAnswer, rows: number): SearchHits {
  const hits = new Uint8Array(rows);
  for (const row of answer.order) hits[row] = 1;
  return { text: answer.text, order: answer.order, hits };
}

function filterDataset(data: DatasetIndex, filters: Filters, search: SearchHits | undefined): FilteredView {
  markDerived(DERIVED_MARKS.filterPass);
  return { data, result: applyFilters(data.table, filters, search?.hits), textOrder: search?.order };
}
