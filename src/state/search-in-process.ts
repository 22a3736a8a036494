/**
 * A `SearchClient` that builds and queries the index in the calling thread, for node (tests, the
 * bench) where there are no workers. Replies come asynchronously, as the worker's do; `delay`
 * holds each search back (ms), to let tests send a newer one meanwhile.
 */
import type { ActorFeature } from '../core/model';
import { searchColumns, TextIndex } from '../core/search';
import type { SearchClient } from './search-client';

export interface InProcessOptions {
  /** Delay of each search reply, in ms, or a function of the text searched. */
  delay?: number | ((text: string) => number);
  /** The descriptions of each row, added after the index is built (as the details shards would). */
  descriptions?: (dataset: number) => string[] | null;
}

export function createInProcessSearchClient(options: InProcessOptions = {}): SearchClient & { builds: number } {
  let current: { dataset: number; index: TextIndex; descriptions: boolean } | null = null;
  const listeners: ((dataset: number) => void)[] = [];
  const wait = (text: string) => {
    const ms = typeof options.delay === 'function' ? options.delay(text) : (options.delay ?? 0);
    return new Promise<void>((resolve) => setTimeout(resolve, ms));
  };
  const client = {
    builds: 0,
    index: async (dataset: number, features: readonly ActorFeature[]) => {
      await Promise.resolve();
      const columns = searchColumns(features);
      client.builds += 1;
      const state = { dataset, index: new TextIndex(columns), descriptions: columns.descriptions !== null };
      current = state;
      const later = state.descriptions ? null : (options.descriptions?.(dataset) ?? null);
      if (later) {
        setTimeout(() => {
          if (current !== state) return;
          state.index.addDescriptions(0, later);
          state.descriptions = true;
          for (const listener of listeners) listener(dataset);
        }, 0);
      }
    },
    search: async (dataset: number, text: string) => {
      await wait(text);
      if (!current || current.dataset !== dataset) throw new Error(`no search index for dataset ${dataset}`);
      return { rows: current.index.search(text), descriptions: current.descriptions };
    },
    onDescriptions: (listener: (dataset: number) => void) => {
      listeners.push(listener);
    },
    dispose: () => {
      current = null;
    },
  };
  return client;
}
