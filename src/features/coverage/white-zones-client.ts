/** The page's side of the white-zones worker: each request is a promise of its reply. */
import type { WhiteZonesReplies, WhiteZonesRequest } from './white-zones-protocol';
import { createRpcClient } from '../../shared/workers/rpc';

export interface WhiteZonesClient {
  /** Sends the communes' points once; they are copied, the caller keeps its arrays. */
  init(lon: Float64Array, lat: Float64Array): Promise<null>;
  nearest(points: Float64Array): Promise<WhiteZonesReplies['nearest']>;
  dispose(): void;
}

export function createWhiteZonesClient(): WhiteZonesClient {
  const worker = new Worker(new URL('./white-zones.worker.ts', import.meta.url), { type: 'module' });
  const { send, dispose } = createRpcClient<WhiteZonesRequest, WhiteZonesReplies>(worker);
  return {
    init: (lon, lat) => send({ type: 'init', lon, lat }),
    // A fresh array each time: transferred, not copied.
    nearest: (points) => send({ type: 'nearest', points }, [points.buffer]),
    dispose,
  };
}
