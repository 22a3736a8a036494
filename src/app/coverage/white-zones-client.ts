/** The page's side of the white-zones worker: each request is a promise of its reply. */
import type { WhiteZonesReplies, WhiteZonesReply, WhiteZonesRequest } from '../../workers/white-zones-protocol';

export interface WhiteZonesClient {
  /** Sends the communes' points once; they are copied, the caller keeps its arrays. */
  init(lon: Float64Array, lat: Float64Array): Promise<null>;
  nearest(points: Float64Array): Promise<WhiteZonesReplies['nearest']>;
  dispose(): void;
}

export function createWhiteZonesClient(): WhiteZonesClient {
  const worker = new Worker(new URL('../../workers/white-zones.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let seq = 0;
  worker.onmessage = (event: MessageEvent<WhiteZonesReply>) => {
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
  const send = <K extends WhiteZonesRequest['type']>(request: Extract<WhiteZonesRequest, { type: K }>, transfer: Transferable[] = []) =>
    new Promise<WhiteZonesReplies[K]>((resolve, reject) => {
      seq += 1;
      pending.set(seq, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...request, seq }, transfer);
    });
  return {
    init: (lon, lat) => send({ type: 'init', lon, lat }),
    // A fresh array each time: transferred, not copied.
    nearest: (points) => send({ type: 'nearest', points }, [points.buffer]),
    dispose: () => worker.terminate(),
  };
}
