/**
 * The page's side of the text search: the index lives in a worker (`search.worker.ts`), built
 * once per dataset, and each search is a promise of its reply. The store talks to a
 * `SearchClient`; node tests give it one that runs in the same thread (`search-in-process.ts`).
 */
import type { ActorFeature } from '../core/model';
import { searchColumns } from '../core/search-columns';
import { isPreviewData, previewFolderUrl } from './preview-data';
import { createRpcClient } from './worker-rpc';
import { nextTask } from '../core/steps';
import type { DescriptionsIndexed, SearchReplies, SearchRequest } from './search-protocol';

export interface SearchClient {
  /** Indexes a dataset's texts (replacing the previous one's); resolves once it can be searched. */
  index(dataset: number, features: readonly ActorFeature[]): Promise<void>;
  /** The rows of `dataset` matching `text`, best first. */
  search(dataset: number, text: string): Promise<{ rows: ArrayLike<number>; descriptions: boolean }>;
  /** `listener` is called each time the descriptions of a dataset are all indexed (a search may find more). */
  onDescriptions(listener: (dataset: number) => void): void;
  dispose(): void;
}

/**
 * The absolute URL of the data folder (a worker resolves relative URLs against its own script);
 * in the workshop's preview, the preview's folder, which the worker reads from the cache.
 */
export function dataFolderUrl(): string | null {
  if (typeof document === 'undefined') return null;
  const folder = `${import.meta.env.BASE_URL}data/`;
  return isPreviewData() ? previewFolderUrl(folder, document.baseURI) : new URL(folder, document.baseURI).href;
}

/** Rows sent to the worker per task. */
const SLICE_ROWS = 10_000;

export function createWorkerSearchClient(): SearchClient {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const { send, dispose } = createRpcClient<SearchRequest, SearchReplies>(worker);
  const listeners: ((dataset: number) => void)[] = [];
  let latest = 0;
  // The RPC client ignores messages that answer no request: this one is the worker's own news.
  worker.addEventListener('message', (event: MessageEvent<Partial<DescriptionsIndexed>>) => {
    const { type, dataset, missing } = event.data;
    if (type !== 'descriptions-indexed' || dataset === undefined) return;
    if (missing) console.warn(`search: the descriptions of ${missing} details shard(s) are not searched`);
    for (const listener of listeners) listener(dataset);
  });
  return {
    index: async (dataset, features) => {
      latest = dataset;
      // Taken and sent in slices, each in its own task: copying 100,000 rows' texts to the
      // worker at once would hold the page for a few hundred ms.
      const sent: Promise<unknown>[] = [];
      let descriptions = features.length > 0;
      for (let first = 0; first < features.length; first += SLICE_ROWS) {
        if (first > 0) await nextTask();
        // A newer dataset is being sent: this one is not wanted any more.
        if (latest !== dataset) throw new Error(`dataset ${dataset} replaced before it was indexed`);
        const columns = searchColumns(features.slice(first, first + SLICE_ROWS));
        descriptions &&= columns.descriptions !== null;
        sent.push(send({ type: 'rows', dataset, first, columns }));
      }
      sent.push(send({ type: 'init', dataset, rows: features.length, dataUrl: descriptions ? null : dataFolderUrl() }));
      await Promise.all(sent);
    },
    search: (dataset, text) => send({ type: 'search', dataset, text }),
    onDescriptions: (listener) => {
      listeners.push(listener);
    },
    dispose,
  };
}

/** The worker where the page has workers; elsewhere (node), the index in the same thread, loaded on demand. */
export function createSearchClient(): SearchClient {
  if (typeof Worker !== 'undefined') return createWorkerSearchClient();
  const inProcess = import('./search-in-process').then((m) => m.createInProcessSearchClient());
  return {
    index: (dataset, features) => inProcess.then((c) => c.index(dataset, features)),
    search: (dataset, text) => inProcess.then((c) => c.search(dataset, text)),
    onDescriptions: (listener) => void inProcess.then((c) => c.onDescriptions(listener)),
    dispose: () => void inProcess.then((c) => c.dispose()),
  };
}
