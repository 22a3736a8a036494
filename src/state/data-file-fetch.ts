/**
 * Fetching one data file of `public/data/`. Every failure becomes a `DataFileError` that says
 * which file failed and why. A failed try is tried again once, a second later, within one deadline
 * for both: a server that never answers is reported after 30 s, not after two waits of 30 s.
 */

export type DataFileErrorReason = 'network' | 'http' | 'json' | 'shape' | 'timeout';

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

  constructor(file: string, reason: DataFileErrorReason, detail: string, options?: ErrorOptions) {
    super(`${file}: ${detail}`, options);
    this.name = 'DataFileError';
    this.file = file;
    this.reason = reason;
    this.status = reason === 'http' ? detail : '';
  }
}

/**
 * The JSON of `file`, given to `read` (which checks it and throws a `DataFileError` when it is not
 * what it should be). Any failure but the deadline's is tried again once, if the deadline leaves
 * time for it; `signal` (the query's) cancels everything.
 */
export async function loadDataFile<T>(file: string, signal: AbortSignal, read: (json: unknown) => T): Promise<T> {
  const deadline = Date.now() + RESPONSE_TIMEOUT_MS;
  const attempt = async () => read(await fetchJson(file, signal, deadline));
  try {
    return await attempt();
  } catch (error) {
    const timedOut = error instanceof DataFileError && error.reason === 'timeout';
    if (signal.aborted || timedOut || deadline - Date.now() <= RETRY_DELAY_MS) throw error;
    await sleep(RETRY_DELAY_MS, signal);
    return attempt();
  }
}

async function fetchJson(file: string, signal: AbortSignal, deadline: number): Promise<unknown> {
  const url = `${import.meta.env.BASE_URL}data/${file}`;
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
    response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
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
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new DataFileError(file, 'json', 'the body is not JSON', { cause });
  }
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
