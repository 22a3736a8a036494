/**
 * Request and reply between the page and a worker: each request carries a sequence number, and
 * the page gets a promise of the reply to it. `Request` is a union tagged by `type`; `Replies`
 * maps each type to the value its reply holds.
 */

export type Tagged = { type: string };
export type RpcReply = { seq: number; ok: true; value: unknown } | { seq: number; ok: false; error: string };

export interface RpcClient<Request extends Tagged, Replies extends Record<Request['type'], unknown>> {
  send<K extends Request['type']>(request: Extract<Request, { type: K }>, transfer?: Transferable[]): Promise<Replies[K]>;
  dispose(): void;
}

/** The page's side. */
export function createRpcClient<Request extends Tagged, Replies extends Record<Request['type'], unknown>>(
  worker: Worker,
): RpcClient<Request, Replies> {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let seq = 0;
  worker.onmessage = (event: MessageEvent<RpcReply>) => {
    const reply = event.data;
    const waiter = pending.get(reply.seq);
    if (!waiter) return;
    pending.delete(reply.seq);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    for (const w of pending.values()) w.reject(new Error(event.message || 'worker error'));
    pending.clear();
  };
  return {
    send: (request, transfer = []) =>
      new Promise((resolve, reject) => {
        seq += 1;
        pending.set(seq, { resolve: resolve as (v: unknown) => void, reject });
        worker.postMessage({ ...request, seq }, transfer);
      }),
    dispose: () => worker.terminate(),
  };
}

/**
 * The worker's side: answers each request with `handle`'s value (or what its promise gives), or
 * with the error it threw, one request after the other in the order they came: a request sent
 * while an earlier one is still worked on waits for it. `transfer` names the buffers of a value
 * that are moved to the page rather than copied.
 */
export function serveRpc<Request extends Tagged>(
  handle: (request: Request) => unknown,
  transfer: (value: unknown) => Transferable[] = () => [],
): void {
  const scope = self as unknown as Worker;
  let previous: Promise<void> = Promise.resolve();
  const answer = async (request: Request & { seq: number }) => {
    const { seq } = request;
    let reply: RpcReply;
    let moved: Transferable[] = [];
    try {
      const value: unknown = await handle(request);
      moved = transfer(value);
      reply = { seq, ok: true, value };
    } catch (error) {
      reply = { seq, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply, moved);
  };
  scope.onmessage = (event: MessageEvent<Request & { seq: number }>) => {
    previous = previous.then(() => answer(event.data));
  };
}
