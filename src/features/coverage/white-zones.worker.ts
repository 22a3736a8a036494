/// <reference lib="webworker" />
/** Distances from every commune to the nearest actor, off the main thread (35,000 communes). */
import { nearestDistances } from './white-zones';
import type { WhiteZonesReplies, WhiteZonesRequest } from './white-zones-protocol';
import { serveRpc } from '../../shared/workers/rpc';

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

// The distances are moved to the page, not copied.
serveRpc(handle, (value) => (value ? [(value as WhiteZonesReplies['nearest']).distances.buffer] : []));
