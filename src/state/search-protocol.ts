/**
 * What the page and the search worker (`search.worker.ts`) say to each other. A dataset is
 * named by a number the page gives it; a search names the dataset it is for, so that a reply
 * about older data is never taken for one about the current data.
 */
import type { SearchColumns } from '../core/search';

export type SearchRequest =
  /**
   * The texts of the rows `first`, `first + 1`… of a dataset: sent in slices of a few thousand
   * rows, each from its own task, so that no task of the page takes long to copy them.
   */
  | { type: 'rows'; dataset: number; first: number; columns: SearchColumns }
  /**
   * Indexes the `rows` rows received: their names, communes and themes (their descriptions too,
   * when every slice carried them), then, if they did not, fetches the details shards from
   * `dataUrl` (the absolute URL of the data folder) and adds the descriptions as they come.
   */
  | { type: 'init'; dataset: number; rows: number; dataUrl: string | null }
  | { type: 'search'; dataset: number; text: string };

export interface SearchReplies {
  rows: null;
  init: { dataset: number };
  search: SearchReply;
}

export interface SearchReply {
  dataset: number;
  text: string;
  /** Matching rows, best first. */
  rows: Int32Array;
  /** Whether every description was indexed when the search ran. */
  descriptions: boolean;
}

/**
 * Posted by the worker on its own (not a reply) once the descriptions of the dataset are in:
 * a search may now find more. `missing` counts the shards that could not be loaded.
 */
export interface DescriptionsIndexed {
  type: 'descriptions-indexed';
  dataset: number;
  missing: number;
}
