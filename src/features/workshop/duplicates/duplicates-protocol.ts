/** Messages between the page and the duplicates worker. */
import type { DuplicateOptions, DuplicateRow, DuplicateSearch } from './duplicate-pairs';

export type DuplicatesRequest = {
  type: 'find';
  /** The actors' plain fields (`duplicateRow`): far lighter to copy than the features. */
  rows: DuplicateRow[];
  options: Omit<DuplicateOptions, 'exclude'> & { exclude?: [string, string][] };
};

export interface DuplicatesReplies {
  find: DuplicateSearch & { ms: number };
}
