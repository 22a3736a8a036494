/**
 * One job in a worker started for it and ended with its answer. A long-lived worker that builds a
 * big structure keeps, for as long as it lives, the memory the building took (its young
 * generation grows to tens of MB and stays so): built apart, only the result stays, moved over
 * as buffers. Where no worker can start (or its script fails), the job is done here.
 */

/** A job's reply: its value, or the message of what it threw. */
export type JobReply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Posts `message` to the worker `start` makes and resolves with its one reply; `here()` where the
 * worker cannot start or run. `start` must hold the `new Worker(new URL(…, import.meta.url))`
 * itself, so that the bundler finds the worker's script.
 */
export function jobApart<T>(start: () => Worker, message: unknown, transfer: Transferable[], here: () => T): Promise<T> {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return Promise.resolve().then(here);
  }
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<JobReply<T>>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply.value);
      else reject(new Error(reply.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      try {
        resolve(here());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.postMessage(message, transfer);
  });
}

/** The job's side: answers the one message with `work`'s value, its buffers moved by `transfer`. */
export function serveJob<M, T>(work: (message: M) => T, transfer: (value: T) => Transferable[] = () => []): void {
  const scope = self as unknown as Worker;
  scope.onmessage = (event: MessageEvent<M>) => {
    let reply: JobReply<T>;
    let moved: Transferable[] = [];
    try {
      const value = work(event.data);
      moved = transfer(value);
      reply = { ok: true, value };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply, moved);
  };
}
