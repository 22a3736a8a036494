/**
 * The fiche-only details of an actor (description, website, sources, location basis, verification
 * date), fetched with their shard when a fiche first needs them, and kept for the other actors of
 * that shard.
 */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ActorDetails } from '../../core/model';
import { DETAILS_SHARD_SIZE } from '../../core/schema';
import { detailsShardQuery, metaQuery } from '../../state/queries';
import { detailsIn, detailsShardOf } from './actor-details';

export type DetailsState =
  | { status: 'loading' }
  | { status: 'error'; error: Error; retry: () => void }
  /** `details` undefined: the shard has no entry for this actor (an older file): nothing to show. */
  | { status: 'ready'; details: ActorDetails | undefined };

/** Rows per shard: as `meta.json` says, or the pipeline's size while it is on its way. */
export function useShardSize(): number {
  return useQuery(metaQuery()).data?.details.shardSize ?? DETAILS_SHARD_SIZE;
}

/**
 * `fetch` false: only what is already loaded (the list while it scrolls: a fast scroll over
 * 100,000 rows sorted by name would otherwise ask for a shard per row).
 */
export function useActorDetails(id: string, row: number, fetch = true): DetailsState {
  const shard = useQuery({ ...detailsShardQuery(detailsShardOf(row, useShardSize())), enabled: fetch });
  if (shard.isError) return { status: 'error', error: shard.error, retry: () => void shard.refetch() };
  if (!shard.data) return { status: 'loading' };
  return { status: 'ready', details: detailsIn(shard.data, row, id) };
}

/** Starts fetching the shard of `row` (a list row or a marker hovered or focused): the fiche opens with it. */
export function prefetchActorDetails(client: QueryClient, row: number): void {
  const shardSize = client.getQueryData(metaQuery().queryKey)?.details.shardSize ?? DETAILS_SHARD_SIZE;
  void client.prefetchQuery(detailsShardQuery(detailsShardOf(row, shardSize)));
}
