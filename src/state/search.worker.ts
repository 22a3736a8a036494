/// <reference lib="webworker" />
/**
 * The text search off the main thread: each search runs here, so that typing never waits for it,
 * on an index built apart (`search-build.ts`): the names, communes and themes first, then the
 * descriptions from the details shards.
 */
import { FrozenTextIndex } from '../core/search';
import { serveRpc } from './worker-rpc';
import { startIndexBuilder, type IndexBuilder } from './search-build';
import type { DescriptionsIndexed, SearchReplies, SearchReply, SearchRequest } from './search-protocol';

let current: { dataset: number; index: FrozenTextIndex; descriptions: boolean } | null = null;
/** The builder of the dataset whose rows are being received. */
let receiving: { dataset: number; builder: IndexBuilder } | null = null;
/** The builder of the current dataset, until its descriptions are in. */
let building: IndexBuilder | null = null;

function builderFor(dataset: number): IndexBuilder {
  if (receiving?.dataset !== dataset) {
    receiving?.builder.end();
    receiving = { dataset, builder: startIndexBuilder() };
  }
  return receiving.builder;
}

function handle(request: SearchRequest): SearchReplies[keyof SearchReplies] | Promise<SearchReplies['init']> {
  if (request.type === 'rows') {
    builderFor(request.dataset).add({ first: request.first, columns: request.columns });
    return null;
  }
  if (request.type === 'init') {
    const { dataset } = request;
    const builder = builderFor(dataset);
    receiving = null;
    building?.end();
    building = builder;
    return new Promise((resolve) => {
      builder.build(request.rows, request.dataUrl, {
        names: (frozen, descriptions) => {
          current = { dataset, index: new FrozenTextIndex(frozen), descriptions };
          if (descriptions) building = null;
          resolve({ dataset });
        },
        descriptions: (frozen, missing) => {
          current = { dataset, index: new FrozenTextIndex(frozen), descriptions: true };
          building = null;
          const message: DescriptionsIndexed = { type: 'descriptions-indexed', dataset, missing };
          self.postMessage(message);
        },
      });
    });
  }
  if (!current || current.dataset !== request.dataset) throw new Error(`no search index for dataset ${request.dataset}`);
  return {
    dataset: request.dataset,
    text: request.text,
    rows: Int32Array.from(current.index.search(request.text)),
    descriptions: current.descriptions,
  };
}

// The rows are moved to the page, not copied.
serveRpc(handle, (value) => (value !== null && typeof value === 'object' && 'rows' in value ? [(value as SearchReply).rows.buffer] : []));
