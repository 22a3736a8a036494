/**
 * The loaded dataset and the current filter result, derived once per change of data or filters.
 * The computing is the domain's (`indexDataset`, `applyFilters`); this only wires it to React.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { actorsQuery, linksQuery } from '../data/queries';
import { indexDataset, type DatasetIndex } from '../domain/dataset-index';
import { applyFilters, type FilterResult } from '../domain/filters';
import { useAtlas } from './store';

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
  // The search runs when the text changes, not on every facet toggle.
  const search = useMemo(() => {
    if (!data || !text) return undefined;
    const order = data.search.search(text);
    return { order, hits: new Set(order) };
  }, [data, text]);
  return useMemo(() => {
    if (!data) return undefined;
    const result = applyFilters(data.table, filters, search?.hits);
    return { data, result, textOrder: search?.order };
  }, [data, filters, search]);
}
