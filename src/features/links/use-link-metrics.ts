/**
 * The network metrics of every actor (links, worlds bridged, betweenness and its rank), computed
 * once per dataset in a chunk loaded on demand: graphology stays out of the first-load code.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DatasetIndex } from '../../core/dataset-index';
import type { LinkMetrics } from './link-graph';
import { useDatasetIndex } from '../../state/use-atlas-data';

export function linkMetricsQuery(data: DatasetIndex | undefined) {
  return queryOptions({
    // The data files never change while the page is open: their sizes identify them.
    queryKey: ['link-metrics', data?.features.length ?? 0, data?.links.length ?? 0],
    queryFn: async (): Promise<LinkMetrics> => {
      if (!data) throw new Error('no data');
      const { datasetLinkMetrics } = await import('./link-graph');
      return datasetLinkMetrics(
        data.features.map((f) => f.properties),
        data.links,
      );
    },
    enabled: data !== undefined,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useLinkMetrics(): LinkMetrics | undefined {
  const data = useDatasetIndex();
  return useQuery(linkMetricsQuery(data)).data;
}
