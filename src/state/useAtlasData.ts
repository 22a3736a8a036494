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
  return useMemo(() => {
    if (!data) return undefined;
    const text = filters.text.trim();
    const textOrder = text ? data.search.search(text) : undefined;
    const result = applyFilters(data.table, filters, textOrder ? new Set(textOrder) : undefined);
    return { data, result, textOrder };
  }, [data, filters]);
}
