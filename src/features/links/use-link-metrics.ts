/**
 * The network metrics of every actor (links, worlds bridged, betweenness and its rank), computed
 * once per dataset in a worker: the page only numbers the actors and their links (O(n + m), in
 * slices) and reads the answer's columns lazily. Never computed on the main thread: without a worker, unavailable.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DatasetIndex } from '../../core/dataset-index';
import type { LinkMetrics } from './link-metrics';
import { useDatasetIndex } from '../../state/use-atlas-data';
import { afterNextPaint } from '../../shared/after-paint';

export function linkMetricsQuery(data: DatasetIndex | undefined) {
  return queryOptions({
    // The data files never change while the page is open: their sizes identify them.
    queryKey: ['link-metrics', data?.features.length ?? 0, data?.links.length ?? 0],
    queryFn: async (): Promise<LinkMetrics> => {
      if (!data) throw new Error('no data');
      // The list or fiche that asked is drawn first: their first frame does not wait for the input.
      await afterNextPaint();
      const [{ linkMetricsInputInSlices, linkMetricsInputOfIndex, linkMetricsView }, { computeInWorker }] = await Promise.all([
        import('./link-metrics'),
        import('./link-metrics-client'),
      ]);
      // Off the index's columns; with ids given twice, numbered by id in slices (never one long task).
      const { ids, indexOf, input } =
        linkMetricsInputOfIndex(data) ??
        (await linkMetricsInputInSlices(
          data.features.map((f) => f.properties),
          data.links,
          data.rowOf,
        ));
      return linkMetricsView(ids, indexOf, await computeInWorker(input));
    },
    enabled: data !== undefined,
    staleTime: Infinity,
    gcTime: Infinity,
    // A worker that cannot start will not start on a second try.
    retry: false,
  });
}

/** The metrics, or undefined while they are computed (or when they cannot be). */
export function useLinkMetrics(): LinkMetrics | undefined {
  const data = useDatasetIndex();
  return useQuery(linkMetricsQuery(data)).data;
}

export type LinkMetricsState = 'pending' | 'ready' | 'unavailable';

/** Whether the metrics are being computed, there, or unavailable (no worker in this browser). */
export function useLinkMetricsState(): LinkMetricsState {
  const data = useDatasetIndex();
  const { status } = useQuery(linkMetricsQuery(data));
  return status === 'success' ? 'ready' : status === 'error' ? 'unavailable' : 'pending';
}
