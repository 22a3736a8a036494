/// <reference lib="webworker" />
/** Distances from every commune to the nearest actor, off the main thread (35,000 communes). */
import { nearestDistances } from '../domain/white-zones';
import type { WhiteZonesEnvelope, WhiteZonesReplies, WhiteZonesReply, WhiteZonesRequest } from './white-zones-protocol';

let communes: { lon: Float64Array; lat: Float64Array } | null = null;

function handle(request: WhiteZonesRequest): WhiteZonesReplies[keyof WhiteZonesReplies] {
  if (request.type === 'init') {
    communes = { lon: request.lon, lat: request.lat };
    return null;
  }
  if (!communes) throw new Error('white zones not initialised');
  const started = performance.now();
  const distances = nearestDistances(communes, request.points);
  return { distances, ms: performance.now() - started };
}

self.onmessage = (event: MessageEvent<WhiteZonesEnvelope>) => {
  const { seq } = event.data;
  let reply: WhiteZonesReply;
  let transfer: Transferable[] = [];
  try {
    const value = handle(event.data);
    if (value) transfer = [value.distances.buffer];
    reply = { seq, ok: true, value };
  } catch (error) {
    reply = { seq, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply, transfer);
};
