/**
 * One job in a worker started for it and ended with its answer. A long-lived worker that builds a
 * big structure keeps, for as long as it lives, the memory the building took (its young
 * generation grows to tens of MB and stays so); a thread that reads files keeps their texts:
 * done apart, only the result stays, moved over as buffers. A job may send parts of its answer
 * as it goes. Where no worker can start (or its script fails), the job is done here.
 */

/** What a job's worker posts: parts as it goes, then its value or the message of what it threw. */
export type JobReply<T, P> = { part: P } | { ok: true; value: T } | { ok: false; error: string };

/**
 * Posts `message` to the worker `start` makes, hands each part it sends to `onPart`, and resolves
 * with its value; `here()` where the worker cannot start or run. `start` must hold the
 * `new Worker(new URL(…, import.meta.url))` itself, so that the bundler finds the worker's script.
 */
export function jobApart<T, P = never>(
  start: () => Worker,
  message: unknown,
  transfer: Transferable[],
  here: () => T | Promise<T>,
  onPart: (part: P) => void = () => {},
): Promise<T> {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return Promise.resolve().then(here);
  }
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<JobReply<T, P>>) => {
      const reply = event.data;
      if ('part' in reply) return onPart(reply.part);
      worker.terminate();
      if (reply.ok) resolve(reply.value);
      else reject(new Error(reply.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      Promise.resolve().then(here).then(resolve, reject);
    };
    worker.postMessage(message, transfer);
  });
}

/**
 * The job's side: answers the one message with `work`'s value (or what its promise gives), its
 * buffers moved by `transfer`; `work` may post parts as it goes.
 */
export function serveJob<M, T, P = never>(
  work: (message: M, post: (part: P) => void) => T | Promise<T>,
  transfer: (value: T) => Transferable[] = () => [],
): void {
  const scope = self as unknown as Worker;
  const post = (part: P) => scope.postMessage({ part } satisfies JobReply<T, P>);
  scope.onmessage = async (event: MessageEvent<M>) => {
    let reply: JobReply<T, P>;
    let moved: Transferable[] = [];
    try {
      const value = await work(event.data, post);
      moved = transfer(value);
      reply = { ok: true, value };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply, moved);
  };
}
