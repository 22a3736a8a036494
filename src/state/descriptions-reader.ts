/**
 * The descriptions of a dataset as `loadDescriptions` gives them, read by short-lived workers, ten
 * shards each. A thread that reads a shard keeps its text for as long as it lives (the browser's
 * buffer of a fetched text stayed after its parsing, whatever the garbage collection): read where
 * the search index lives, the 100 shards of 100,000 fiches stayed there, 80 MB. A reader ends with
 * what it kept. Where no worker can start, the shards are read here.
 */
import { loadDescriptions, shardCount, type ShardRange } from './search-descriptions';
import { jobApart } from './job-apart';

/** Shards one reader reads before it ends and the next starts: under 10 MB kept at a time. */
const SHARDS_PER_READER = 10;

export interface DescriptionsReaderRequest {
  dataUrl: string;
  rows: number;
  range: ShardRange;
}

/** A shard's descriptions, sent by a reader as it goes. */
export interface DescriptionsPart {
  first: number;
  descriptions: string[];
}

type Add = (first: number, descriptions: string[]) => void;

/** Same contract as `loadDescriptions`: resolves to the number of shards that could not be loaded. */
export async function readDescriptionsApart(
  dataUrl: string,
  rows: number,
  add: Add,
  cancelled: () => boolean = () => false,
): Promise<number> {
  let missing = 0;
  for (let from = 0; from < shardCount(rows) && !cancelled(); from += SHARDS_PER_READER) {
    const range = { from, to: Math.min(shardCount(rows), from + SHARDS_PER_READER) };
    const request: DescriptionsReaderRequest = { dataUrl, rows, range };
    missing += await jobApart<number, DescriptionsPart>(
      () => new Worker(new URL('./descriptions.worker.ts', import.meta.url), { type: 'module' }),
      request,
      [],
      () => loadDescriptions(dataUrl, rows, add, cancelled, undefined, range),
      ({ first, descriptions }) => {
        if (!cancelled()) add(first, descriptions);
      },
    );
  }
  return missing;
}
