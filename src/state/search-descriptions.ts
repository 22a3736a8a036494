/**
 * The descriptions of a dataset, fetched from its details shards (`details/<k>.json`, rows
 * `first` to `first + details.length - 1`) a few at a time and handed over shard by shard. A shard
 * that cannot be loaded is skipped with a console warning: the search still works on the names,
 * communes, themes and the other descriptions.
 */
import { DETAILS_SHARD_SIZE, detailsShardFile } from '../core/schema';
import { isPreviewUrl, previewResponse } from './preview-data';

/** Shards fetched at the same time. */
const PARALLEL = 4;

/** The details shards of `rows` rows. */
export function shardCount(rows: number): number {
  return Math.ceil(rows / DETAILS_SHARD_SIZE);
}

/** Shards `from` to `to - 1`. */
export interface ShardRange {
  from: number;
  to: number;
}

/**
 * Calls `add` with the descriptions of each shard of the `rows` rows (those of `range`, all by
 * default), as they come; resolves to the number of shards that could not be loaded. Stops early
 * (resolving) when `cancelled()` says so. `beforeShard` is awaited before each shard is fetched
 * (a reader's pause while a person acts).
 */
export async function loadDescriptions(
  dataUrl: string,
  rows: number,
  add: (first: number, descriptions: string[]) => void,
  cancelled: () => boolean = () => false,
  fetchJson: (url: string) => Promise<unknown> = defaultFetchJson,
  range: ShardRange = { from: 0, to: shardCount(rows) },
  beforeShard: () => Promise<void> = () => Promise.resolve(),
): Promise<number> {
  const shards = Math.min(range.to, shardCount(rows));
  let next = range.from;
  let missing = 0;
  const worker = async () => {
    while (next < shards && !cancelled()) {
      await beforeShard();
      if (next >= shards || cancelled()) break;
      const k = next++;
      const url = new URL(detailsShardFile(k), dataUrl).href;
      try {
        const shard = shardDescriptions(await fetchJson(url));
        if (!shard) throw new Error('not a details shard');
        if (!cancelled()) add(shard.first, shard.descriptions);
      } catch (error) {
        missing += 1;
        console.warn(`search: ${detailsShardFile(k)} skipped, its descriptions are not searched (${String(error)})`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, Math.max(0, shards - range.from)) }, worker));
  return missing;
}

/**
 * The first row and the descriptions of a details shard, or null when it is not one. Only what the
 * search takes is checked: the fiche checks the whole shard against its schema when it loads it
 * (`DetailsShardSchema`); here that check took a quarter of the time of indexing 100,000
 * descriptions, on the load's tail.
 */
export function shardDescriptions(json: unknown): { first: number; descriptions: string[] } | null {
  if (typeof json !== 'object' || json === null) return null;
  const { first, details } = json as { first?: unknown; details?: unknown };
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || !Array.isArray(details) || details.length > DETAILS_SHARD_SIZE)
    return null;
  const descriptions = new Array<string>(details.length);
  for (let i = 0; i < details.length; i++) {
    const detail: unknown = details[i];
    const description = typeof detail === 'object' && detail !== null ? (detail as { description?: unknown }).description : undefined;
    if (typeof description !== 'string') return null;
    descriptions[i] = description;
  }
  return { first, descriptions };
}

async function defaultFetchJson(url: string): Promise<unknown> {
  // The workshop's preview is in this browser's cache only.
  const response = isPreviewUrl(url)
    ? ((await previewResponse(url)) ?? new Response(null, { status: 404, statusText: 'not in the preview' }))
    : // Background work: a fiche's own shard, asked meanwhile, goes first (Fetch Priority; ignored where unknown).
      await fetch(url, { headers: { Accept: 'application/json' }, priority: 'low' });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return response.json();
}
