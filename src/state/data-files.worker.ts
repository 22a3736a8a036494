/**
 * The worker that parses and checks the big data files (`actors.columns.json`, `links.columns.json`) off
 * the main thread: the page fetches the bytes (with its tries and deadline, `loadDataResponse`) and
 * hands them over; the worker answers with what the page needs, or with the `DataFileError` the
 * page would have raised (same file, reason and message). The actors go back as their checked
 * columns, which the page turns into rows, and so do the links: a few arrays cross between
 * threads in a fraction of the time 100,000 objects take.
 */
import { DataFileError, parseJsonText } from './data-file-fetch';
import { readActorColumns, readLinkColumns } from './data-file-read';
import type { DataFilesReply, DataFilesRequest } from './data-files-client';
import { ACTORS_FILE, packActorColumns, pointColumnsOfColumns } from '../core/actor-columns';
import { rowsOfIds } from '../core/dataset-index';
import { actorTableOfColumns } from '../core/actor-table-columns';
import { linkColumnBuffers, linkRowsOfColumns } from '../core/link-columns';
import type { ActorTable } from '../core/filters';

/** The buffers of the table's number columns (each its own), moved to the page. */
function tableBuffers(t: ActorTable): ArrayBuffer[] {
  const arrays = [t.practiceMask, t.profile, t.scope, t.kind, t.sample, t.qualification, t.region, t.departement, t.themeStart, t.themeIds];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

const scope = self as unknown as Worker;

/** The rows by id of the last actors file read (its request's `seq`): the links read next are resolved against it. */
let lastActors: { seq: number; rowOf: Map<string, number>; rows: number } | null = null;

scope.onmessage = (event: MessageEvent<DataFilesRequest>) => {
  const { seq, file, body } = event.data;
  try {
    const json = parseJsonText(file, new TextDecoder().decode(body));
    if (file === ACTORS_FILE) {
      const actors = readActorColumns(json);
      // What the clustering needs, ahead of the rows: it is built while the page makes the rows.
      const columns = pointColumnsOfColumns(actors);
      scope.postMessage({ seq, columns } satisfies DataFilesReply, [
        columns.coords.buffer,
        columns.practiceMask.buffer,
        columns.kind.buffer,
      ]);
      lastActors = { seq, rowOf: rowsOfIds(actors.id), rows: actors.id.length };
      // Their numbers moved as typed arrays (no copy), their texts copied; with the filter table
      // made from them here rather than from the rows on the page, on the first map's path.
      const packed = packActorColumns(actors);
      const table = actorTableOfColumns(packed.columns);
      scope.postMessage({ seq, ok: true, actors: packed.columns, table } satisfies DataFilesReply, [
        ...packed.buffers,
        ...tableBuffers(table),
      ]);
      return;
    }
    const columns = readLinkColumns(json);
    if (lastActors) {
      // The rows of the links' ends, looked up here rather than on the page (~0.3 s at 120,000 links).
      const rows = linkRowsOfColumns(columns, lastActors.rowOf, lastActors.rows);
      const moved = rows.communityLabels ? [rows.ends.buffer, rows.communityLabels.buffer] : [rows.ends.buffer];
      scope.postMessage({ seq, ends: { actors: lastActors.seq, rows } } satisfies DataFilesReply, moved);
    }
    // As columns: 120,000 links' objects took the page ~0.5 s of its main thread to receive. The
    // labels by id stay here: the page has them by row.
    columns.communityLabels = undefined;
    scope.postMessage({ seq, ok: true, links: columns } satisfies DataFilesReply, linkColumnBuffers(columns));
  } catch (error) {
    const failure =
      error instanceof DataFileError
        ? { file: error.file, reason: error.reason, detail: error.detail }
        : { file, reason: 'shape' as const, detail: error instanceof Error ? error.message : String(error) };
    scope.postMessage({ seq, ok: false, error: failure } satisfies DataFilesReply);
  }
};
