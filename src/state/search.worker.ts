/// <reference lib="webworker" />
/**
 * The text search off the main thread: the index of 100,000 rows is built here (about a second)
 * and each search runs here, so that typing never waits for it. The names, communes and themes
 * are indexed at once; the descriptions come from the details shards afterwards.
 */
import { TextIndex, type SearchColumns } from '../core/search';
import { serveRpc } from './worker-rpc';
import { readDescriptionsApart } from './descriptions-reader';
import type { DescriptionsIndexed, SearchReplies, SearchReply, SearchRequest } from './search-protocol';

let current: { dataset: number; index: TextIndex; descriptions: boolean } | null = null;
/** The slices of the dataset being received. */
let received: { dataset: number; slices: { first: number; columns: SearchColumns }[] } | null = null;

function handle(request: SearchRequest): SearchReplies[keyof SearchReplies] {
  if (request.type === 'rows') {
    if (received?.dataset !== request.dataset) received = { dataset: request.dataset, slices: [] };
    received.slices.push({ first: request.first, columns: request.columns });
    return null;
  }
  if (request.type === 'init') {
    const columns = joinSlices(received?.dataset === request.dataset ? received.slices : [], request.rows);
    received = null;
    const state = {
      dataset: request.dataset,
      index: new TextIndex(columns),
      descriptions: columns.descriptions !== null || request.dataUrl === null,
    };
    current = state;
    if (!state.descriptions && request.dataUrl !== null) {
      void readDescriptionsApart(
        request.dataUrl,
        state.index.size,
        (first, descriptions) => state.index.addDescriptions(first, descriptions),
        () => current !== state,
      ).then((missing) => {
        if (current !== state) return;
        state.index.compact();
        state.descriptions = true;
        const message: DescriptionsIndexed = { type: 'descriptions-indexed', dataset: state.dataset, missing };
        self.postMessage(message);
      });
    }
    return { dataset: request.dataset };
  }
  if (!current || current.dataset !== request.dataset) throw new Error(`no search index for dataset ${request.dataset}`);
  return {
    dataset: request.dataset,
    text: request.text,
    rows: Int32Array.from(current.index.search(request.text)),
    descriptions: current.descriptions,
  };
}

/** The columns of `rows` rows from their slices; descriptions only if every slice had them. */
function joinSlices(slices: readonly { first: number; columns: SearchColumns }[], rows: number): SearchColumns {
  const columns: SearchColumns = {
    names: new Array<string>(rows).fill(''),
    communeNames: new Array<string>(rows).fill(''),
    themes: new Array<string>(rows).fill(''),
    descriptions: slices.length > 0 && slices.every((s) => s.columns.descriptions !== null) ? new Array<string>(rows).fill('') : null,
  };
  for (const { first, columns: slice } of slices) {
    slice.names.forEach((v, i) => (columns.names[first + i] = v));
    slice.communeNames.forEach((v, i) => (columns.communeNames[first + i] = v));
    slice.themes.forEach((v, i) => (columns.themes[first + i] = v));
    if (columns.descriptions) slice.descriptions?.forEach((v, i) => ((columns.descriptions as string[])[first + i] = v));
  }
  return columns;
}

// The rows are moved to the page, not copied.
serveRpc(handle, (value) => (value !== null && typeof value === 'object' && 'rows' in value ? [(value as SearchReply).rows.buffer] : []));
