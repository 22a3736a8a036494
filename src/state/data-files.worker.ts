/**
 * The worker that parses and checks the big data files (`actors.geojson`, `links.json`) off the
 * main thread: the page fetches the bytes (with its tries and deadline, `loadDataResponse`) and
 * hands them over; the worker answers with the checked rows, in parts, or with the
 * `DataFileError` the page would have raised (same file, reason and message).
 */
import { DataFileError, parseJsonText } from './data-file-fetch';
import { readBigFile, type BigFiles } from './data-file-read';
import type { DataFilesReply, DataFilesRequest } from './data-files-client';
import { linkEndRows, pointColumnsOf, rowsById } from '../core/dataset-index';

const scope = self as unknown as Worker;
/**
 * Rows per message. The page reads 100,000 actors' objects sent at once in one task of ~300–500 ms;
 * parts of 2,000 rows take ~10 ms each, and the page draws and answers between them.
 */
const PART_ROWS = 2000;

/** The rows by id of the last actors file read (its request's `seq`): the links read next are resolved against it. */
let lastActors: { seq: number; rowOf: Map<string, number> } | null = null;

scope.onmessage = (event: MessageEvent<DataFilesRequest>) => {
  const { seq, file, body } = event.data;
  try {
    const value = readBigFile(file, parseJsonText(file, new TextDecoder().decode(body)));
    const rows: unknown[] = Array.isArray(value) ? value : value.features;
    if (!Array.isArray(value)) {
      // What the clustering needs, ahead of the rows: it is built while the rows come over.
      const columns = pointColumnsOf(value.features);
      scope.postMessage({ seq, columns } satisfies DataFilesReply, [
        columns.coords.buffer,
        columns.practiceMask.buffer,
        columns.kind.buffer,
      ]);
      lastActors = { seq, rowOf: rowsById(value.features) };
    } else if (lastActors) {
      // The rows of the links' ends, looked up here rather than on the page (~0.3 s at 120,000 links).
      const rows = linkEndRows(value as BigFiles['links.json'], lastActors.rowOf);
      scope.postMessage({ seq, ends: { actors: lastActors.seq, rows } } satisfies DataFilesReply, [rows.buffer]);
    }
    for (let i = 0; i < rows.length; i += PART_ROWS)
      scope.postMessage({ seq, part: rows.slice(i, i + PART_ROWS) } satisfies DataFilesReply);
    scope.postMessage({ seq, ok: true, value: Array.isArray(value) ? [] : { ...value, features: [] } } satisfies DataFilesReply);
  } catch (error) {
    const failure =
      error instanceof DataFileError
        ? { file: error.file, reason: error.reason, detail: error.detail }
        : { file, reason: 'shape' as const, detail: error instanceof Error ? error.message : String(error) };
    scope.postMessage({ seq, ok: false, error: failure } satisfies DataFilesReply);
  }
};
