/**
 * Where the fiche-only details of an actor are: the shard of its row in `actors.columns.json`
 * (`details/<k>.json`, `shardSize` rows each), and its entry in that shard.
 */
import type { ActorDetails, DetailsShard } from '../../core/model';

/** The shard that holds the details of `row`. */
export function detailsShardOf(row: number, shardSize: number): number {
  return Math.floor(row / shardSize);
}

/** The details of `id` at `row` in `shard`; looked up by id if the row does not hold them (undefined if none). */
export function detailsIn(shard: DetailsShard, row: number, id: string): ActorDetails | undefined {
  const atRow = shard.details[row - shard.first];
  if (atRow?.id === id) return atRow;
  return shard.details.find((d) => d.id === id);
}
