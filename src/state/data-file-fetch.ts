/**
 * Fetching one data file of `public/data/`. Every failure becomes a `DataFileError` that says
 * which file failed and why. A failed try is tried again once, a second later, within one deadline
 * for both: a server that never answers is reported after 30 s, not after two waits of 30 s.
 */

import { isPreviewData, previewKey, previewResponse, SHARED_DATA_FILES } from './preview-data';

/** `preview`: the atlas shows the workshop's preview (`?apercu=1`) and this browser does not hold it. */
export type DataFileErrorReason = 'network' | 'http' | 'json' | 'shape' | 'timeout' | 'preview';

/**
 * How long the server may take to start answering, all tries included. A slow download is waited
 * for (a big file on a slow line takes time); a server that never answers is not.
 */
export const RESPONSE_TIMEOUT_MS = 30_000;

/** The wait before the second try. */
export const RETRY_DELAY_MS = 1_000;

export class DataFileError extends Error {
  readonly file: string;
  readonly reason: DataFileErrorReason;
  /** HTTP status line, for `http` errors. */
  readonly status: string;
  /** What went wrong, without the file name (the message is `file: detail`). */
  readonly detail: string;

  constructor(file: string, reason: DataFileErrorReason, detail: string, options?: ErrorOptions) {
    super(`${file}: ${detail}`, options);
    this.name = 'DataFileError';
    this.file = file;
    this.reason = reason;
    this.detail = detail;
    this.status = reason === 'http' ? detail : '';
  }
}

/**
 * The JSON of `file`, given to `read` (which checks it and throws a `DataFileError` when it is not
 * what it should be). Any failure but the deadline's is tried again once, if the deadline leaves
 * time for it; `signal` (the query's) cancels everything.
 */
export async function loadDataFile<T>(file: string, signal: AbortSignal, read: (json: unknown) => T, folder = dataFolder()): Promise<T> {
  return loadDataResponse(file, signal, async (response) => read(parseJsonText(file, await response.text())), folder);
}

/**
 * As `loadDataFile`, but `read` gets the answer itself (its body unread) and may take its time:
 * the big files' bytes go to a worker that parses and checks them. A failure of `read` is tried
 * again as a failed fetch is.
 */
export async function loadDataResponse<T>(
  file: string,
  signal: AbortSignal,
  read: (response: Response) => Promise<T>,
  folder = dataFolder(),
  /** The fetch's priority: 'low' for a file that must not take bandwidth from the first view's. */
  priority: RequestPriority = 'auto',
): Promise<T> {
  const deadline = Date.now() + RESPONSE_TIMEOUT_MS;
  const attempt = async () => read(await fetchResponse(file, folder, signal, deadline, priority));
  try {
    return await attempt();
  } catch (error) {
    const final = error instanceof DataFileError && (error.reason === 'timeout' || error.reason === 'preview');
    if (signal.aborted || final || deadline - Date.now() <= RETRY_DELAY_MS) throw error;
    await sleep(RETRY_DELAY_MS, signal);
    return attempt();
  }
}

/** The URL of the data folder (relative to the page). */
export function dataFolder(): string {
  return `${import.meta.env.BASE_URL}data/`;
}

/** The JSON of a data file's text, or a `DataFileError` (`json`). */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new DataFileError(file, 'json', 'the body is not JSON', { cause });
  }
}

async function fetchResponse(
  file: string,
  folder: string,
  signal: AbortSignal,
  deadline: number,
  priority: RequestPriority,
): Promise<Response> {
  if (isPreviewData() && !SHARED_DATA_FILES.has(file)) return previewFile(file, folder);
  const url = `${folder}${file}`;
  let response: Response;
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    Math.max(0, deadline - Date.now()),
  );
  try {
    response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' }, priority });
  } catch (cause) {
    if (signal.aborted) throw cause;
    if (timedOut) throw new DataFileError(file, 'timeout', `no answer in ${RESPONSE_TIMEOUT_MS / 1000} s`, { cause });
    throw new DataFileError(file, 'network', 'the request failed', { cause });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new DataFileError(file, 'http', status);
  }
  return response;
}

/** A file of the workshop's preview: from this browser's cache, never from the network. */
async function previewFile(file: string, folder: string): Promise<Response> {
  const response = await previewResponse(previewKey(file, folder, document.baseURI));
  if (!response) throw new DataFileError(file, 'preview', 'not in this browser’s preview');
  return response;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      signal.removeEventListener('abort', cancel);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const cancel = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', cancel, { once: true });
  });
}
