/**
 * The loaded dataset and the current filter result, derived once per change of data or filters.
 * The computing is the domain's (`indexDataset`, `applyFilters`); this only wires it to React.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { actorsQuery, linksQuery } from './queries';
import { indexDataset, type DatasetIndex } from '../core/dataset-index';
import { applyFilters, type FilterResult } from '../core/filters';
import { useAtlas } from './store';
import { useSearchIndex } from './use-search-index';

export function useDatasetIndex(): DatasetIndex | undefined {
  const { data: actors } = useQuery(actorsQuery());
  const { data: links } = useQuery(linksQuery());
  return useMemo(() => (actors ? indexDataset(actors.features, links ?? []) : undefined), [actors, links]);
}

export interface FilteredView {
  data: DatasetIndex;
  result: FilterResult;
  /** Rows matching the search text, best first; undefined without text. */
  textOrder: number[] | undefined;
}

export function useFilteredView(): FilteredView | undefined {
  const data = useDatasetIndex();
  const filters = useAtlas((s) => s.filters);
  const text = filters.text.trim();
  const index = useSearchIndex(data, text !== '');
  // The search runs when the text changes, not on every facet toggle.
  const search = useMemo(() => {
    if (!index || !text) return undefined;
    const order = index.search(text);
    return { order, hits: new Set(order) };
  }, [index, text]);
  const waiting = text !== '' && !index;
  const last = useRef<FilteredView | undefined>(undefined);
  const view = useMemo(() => {
    // While the search index is on its way (a few ms, once), the last view stays.
    if (!data || waiting) return undefined;
    const result = applyFilters(data.table, filters, search?.hits);
    return { data, result, textOrder: search?.order };
  }, [data, filters, search, waiting]);
  if (view) last.current = view;
  return view ?? (waiting && last.current?.data === data ? last.current : undefined);
}
