/**
 * Which details shards the list's contact column may fetch for the rows in view: the first
 * `MAX_CONTACT_SHARDS` distinct ones, in the rows' order. The contacts are in the fiche's shards
 * (1,000 rows each); on a big dataset sorted by name, one screen of rows can touch forty shards
 * (15 MB at 100,000 rows), which a glance at the list must not download. The other rows say the
 * contact is in the fiche.
 */
import { detailsShardOf } from '../fiche/actor-details';

export const MAX_CONTACT_SHARDS = 4;

export function contactShards(rows: Iterable<number>, shardSize: number, max = MAX_CONTACT_SHARDS): Set<number> {
  const shards = new Set<number>();
  for (const row of rows) {
    if (shards.size >= max) break;
    shards.add(detailsShardOf(row, shardSize));
  }
  return shards;
}
