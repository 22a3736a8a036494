/**
 * The big data files (`actors.columns.json`, `links.columns.json`): fetched by the page (same tries,
 * deadline and errors as every data file), then parsed and checked in a worker, so that the main
 * thread stays free while megabytes of JSON are read. Where no worker can run (tests in node, a
 * browser that refuses it), the page parses the file itself.
 */
import { DataFileError, loadDataResponse, parseJsonText, type DataFileErrorReason } from './data-file-fetch';
import { readBigFile, type BigFile, type BigFiles } from './data-file-read';
import { ACTORS_FILE, actorFeatureSlice, type ActorColumnsLike } from '../core/actor-columns';
import type { LinkRows, PointColumns } from '../core/dataset-index';
import type { ActorFeature, Link } from '../core/model';
import type { ActorTable } from '../core/filters';
import { linkSlice, type LinkColumns } from '../core/link-columns';
import { nextTask } from '../core/steps';

export interface DataFilesRequest {
  seq: number;
  file: BigFile;
  /** The file's bytes (moved to the worker, not copied). */
  body: ArrayBuffer;
}

/**
 * The worker's replies: for the actors, their point columns first (`columns`), then their checked
 * columns and filter table (`ok`, `actors`, `table`); for the links, their ends' rows (`ends`),
 * then their columns (`ok`, `links`); or the error.
 */
export type DataFilesReply =
  | { seq: number; columns: PointColumns }
  /** For links: their ends' rows and community labels among the actors of the request `actors` (see `linkRowsOfColumns`). */
  | { seq: number; ends: LinkEnds }
  | { seq: number; ok: true; actors?: ActorColumnsLike; table?: ActorTable; links?: LinkColumns }
  | { seq: number; ok: false; error: { file: string; reason: DataFileErrorReason; detail: string } };

interface Pending {
  file: BigFile;
  columns?: PointColumns;
  ends?: LinkEnds;
  resolve: (value: BigFiles[BigFile]) => void;
  reject: (error: Error) => void;
}

/** What the links give against the actors read by the request `actors` (`linkRowsOfColumns`). */
interface LinkEnds {
  actors: number;
  rows: LinkRows;
}

let worker: Worker | null | undefined;
/**
 * Settles once the actors file being read is with the worker (or its reading ended): the worker
 * reads in order, so the links that come after are resolved against those actors (`linkRowsFor`)
 * and never hold up the first map.
 */
let actorsHandedOver: Promise<void> = Promise.resolve();
const columnsListeners = new Set<(columns: PointColumns) => void>();
const columnsOfRows = new WeakMap<readonly unknown[], PointColumns>();
const tableOfRows = new WeakMap<readonly unknown[], ActorTable>();
/** The request that read each actors file's rows, and the link ends sent with each links file's rows. */
const requestOfRows = new WeakMap<readonly unknown[], number>();
const endsOfRows = new WeakMap<readonly unknown[], LinkEnds>();

/**
 * Calls `listener` with the point columns of each actors file the worker reads, as soon as they
 * are worked out (before the rows are on the page). Returns an unsubscribe.
 */
export function onPointColumns(listener: (columns: PointColumns) => void): () => void {
  columnsListeners.add(listener);
  return () => columnsListeners.delete(listener);
}

/**
 * The rows of the ends of `links` (a loaded links file) among `features` (a loaded actors file),
 * and the file's community labels by row, as the worker worked them out, if it resolved them
 * against those very actors.
 */
export function linkRowsFor(features: readonly ActorFeature[], links: readonly Link[]): LinkRows | undefined {
  const ends = endsOfRows.get(links);
  return ends !== undefined && ends.actors === requestOfRows.get(features) ? ends.rows : undefined;
}

/** The point columns the worker sent with `features` (the rows of a loaded actors file), if any. */
export function pointColumnsFor(features: readonly ActorFeature[]): PointColumns | undefined {
  return columnsOfRows.get(features);
}

/** The filter table the worker made from the columns of `features` (`actorTableOfColumns`), if any. */
export function actorTableFor(features: readonly ActorFeature[]): ActorTable | undefined {
  return tableOfRows.get(features);
}
const pending = new Map<number, Pending>();
let seq = 0;

/**
 * The worker ends once it has had nothing to read for `IDLE_END_MS`: what it held while reading
 * (hundreds of MB of parsed JSON at 100,000 fiches, until its own garbage collection) is given
 * back at once. Another file later starts a new one.
 */
const IDLE_END_MS = 3000;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function endWhenIdle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (pending.size > 0 || !worker) return;
    worker.terminate();
    worker = undefined;
  }, IDLE_END_MS);
}

function dataWorker(): Worker | null {
  clearTimeout(idleTimer);
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./data-files.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<DataFilesReply>) => {
    const reply = event.data;
    const waiter = pending.get(reply.seq);
    if (!waiter) return;
    if ('columns' in reply) {
      waiter.columns = reply.columns;
      for (const listener of columnsListeners) listener(reply.columns);
      return;
    }
    if ('ends' in reply) {
      waiter.ends = reply.ends;
      return;
    }
    pending.delete(reply.seq);
    if (pending.size === 0) endWhenIdle();
    if (!reply.ok) waiter.reject(new DataFileError(reply.error.file, reply.error.reason, reply.error.detail));
    else if (reply.actors) {
      const { columns } = waiter;
      const { table, actors } = reply;
      void inSlices(actors.id.length, (from, to) => actorFeatureSlice(actors, from, to)).then((features) => {
        if (columns) columnsOfRows.set(features, columns);
        if (table) tableOfRows.set(features, table);
        requestOfRows.set(features, reply.seq);
        waiter.resolve({ type: 'FeatureCollection', features });
      }, waiter.reject);
    } else {
      const { ends } = waiter;
      const columns = reply.links;
      void inSlices(columns?.source.length ?? 0, (from, to) => (columns ? linkSlice(columns, from, to) : [])).then((links) => {
        if (ends) endsOfRows.set(links, ends);
        waiter.resolve(links);
      }, waiter.reject);
    }
  };
  // A worker that cannot start (or dies): the page reads the files itself from then on; the load
  // under way fails, and its automatic second try reads on the page.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const w of waiting) w.reject(new DataFileError(w.file, 'json', 'the file could not be read'));
  };
  return worker;
}

/** What each big file's bytes wait for before the worker reads them (`readAfter`); nothing by default. */
const waits = new Map<BigFile, () => Promise<void>>();

/**
 * `wait()` is asked when `file`'s bytes are in, and the worker reads them once it settles: the
 * data feed makes the actors wait for the overview's first markers (so that reading them does not
 * take the cores from the first map) and the links for the first map's drawing, when the map is
 * the view shown (see `useDataFeed`).
 */
export function readAfter(file: BigFile, wait: () => Promise<void>): void {
  waits.set(file, wait);
}

/** `file` fetched on the page, parsed and checked off the main thread (on it where no worker runs). */
export function loadBigFile<F extends BigFile>(file: F, signal: AbortSignal): Promise<BigFiles[F]> {
  const actors = file === ACTORS_FILE;
  // The worker's script loads and compiles while the actors download, not after.
  if (actors) {
    dataWorker();
    endWhenIdle();
  }
  // The links are fetched once the actors' bytes are in, at a low priority, and handed to the worker after them.
  let handedOver = () => {};
  const start = actors ? Promise.resolve() : actorsHandedOver;
  if (actors) actorsHandedOver = new Promise<void>((resolve) => (handedOver = resolve));
  const loading = start.then(() =>
    loadDataResponse(
      file,
      signal,
      async (response) => {
        const body = await response.arrayBuffer();
        await waits.get(file)?.();
        const w = dataWorker();
        if (!w) return readBigFile(file, parseJsonText(file, new TextDecoder().decode(body)));
        return new Promise<BigFiles[F]>((resolve, reject) => {
          seq += 1;
          pending.set(seq, { file, resolve: resolve as (value: BigFiles[BigFile]) => void, reject });
          w.postMessage({ seq, file, body } satisfies DataFilesRequest, [body]);
          handedOver();
        });
      },
      undefined,
      actors ? 'auto' : 'low',
    ),
  );
  return loading.finally(handedOver);
}

/** Rows made per task (actors or links): ~60 ms for actors on a 2-core machine; the map draws between them. */
const SLICE_ROWS = 25_000;

/** The rows `slice(from, to)` makes, a slice per task (one ~0.3–0.6-s task at 100,000 actors otherwise). */
async function inSlices<T>(count: number, slice: (from: number, to: number) => readonly T[]): Promise<T[]> {
  const rows: T[] = [];
  for (let from = 0; from < count; from += SLICE_ROWS) {
    if (from > 0) await nextTask();
    for (const row of slice(from, Math.min(from + SLICE_ROWS, count))) rows.push(row);
  }
  return rows;
}
