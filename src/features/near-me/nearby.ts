/**
 * "Who can help me here?": the actors nearest to a point, by great-circle distance, over the
 * dataset's typed-array columns. No object is allocated per actor, so that one call over 100,000
 * actors stays a tight loop of a few milliseconds.
 */
import type { ActorFeature } from '../../core/model';

/** The mean Earth radius (IUGG), the one `@turf/distance` and `@turf/circle` use. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

export interface LatLon {
  lat: number;
  lon: number;
}

export interface NearbyColumns {
  /** lon, lat of row i at [2i], [2i+1]; NaN for an actor without a place. */
  coords: Float64Array;
  /** 1 when row i stands at its département's or région's chef-lieu, not at its own commune. */
  approximate: Uint8Array;
  /** 1 when row i is a national network: it serves everywhere, so its seat's distance means nothing. */
  national: Uint8Array;
}

export interface NearbyHit {
  row: number;
  km: number;
  approximate: boolean;
}

export interface NearbyResult {
  /** Matching actors within the radius, nearest first. */
  within: NearbyHit[];
  /** When `within` is empty: the nearest matching actors beyond the radius, nearest first. */
  beyond: NearbyHit[];
  /** Matching national networks (placed or not), in row order, never in the distances. */
  nationals: number[];
}

export interface NearbyOptions {
  /** How many actors beyond the radius to offer when none is within it (default 5). */
  beyondCount?: number;
}

export const DEFAULT_BEYOND_COUNT = 5;

/** Great-circle distance in km between two points (haversine). */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const dLat = (bLat - aLat) * RAD;
  const dLon = (bLon - aLon) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * RAD) * Math.cos(bLat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/**
 * The rows where `matches[row] === 1` nearest to `origin`.
 *
 * - `within`: every placed, non-national match at most `radiusKm` away, sorted by distance; equal
 *   distances put precisely placed actors before approximate ones, then keep row order.
 * - `beyond`: only when `within` is empty, the `beyondCount` nearest placed, non-national matches.
 * - `nationals`: every matching national network, apart from the distances.
 *
 * Rows whose latitude differs from the origin's by more than the radius are skipped before any
 * trigonometry (a great circle is never shorter than its north–south component).
 */
export function findNearby(
  columns: NearbyColumns,
  matches: Uint8Array,
  origin: LatLon,
  radiusKm: number,
  options: NearbyOptions = {},
): NearbyResult {
  const { coords, approximate, national } = columns;
  const n = matches.length;
  const latBand = radiusKm / (EARTH_RADIUS_KM * RAD);
  const cosOrigin = Math.cos(origin.lat * RAD);
  const within: NearbyHit[] = [];
  const nationals: number[] = [];
  let placed = 0;

  for (let row = 0; row < n; row++) {
    if (matches[row] !== 1) continue;
    if (national[row] === 1) {
      nationals.push(row);
      continue;
    }
    const lat = coords[2 * row + 1] as number;
    if (Number.isNaN(lat)) continue;
    placed++;
    if (Math.abs(lat - origin.lat) > latBand) continue;
    const km = haversine(origin, cosOrigin, lat, coords[2 * row] as number);
    if (km <= radiusKm) within.push({ row, km, approximate: approximate[row] === 1 });
  }
  within.sort(byDistance);

  const beyondCount = options.beyondCount ?? DEFAULT_BEYOND_COUNT;
  const beyond = within.length === 0 && placed > 0 && beyondCount > 0 ? nearest(columns, matches, origin, beyondCount) : [];
  return { within, beyond, nationals };
}

/** The `count` nearest placed, non-national matches, kept in a small sorted buffer. */
function nearest(columns: NearbyColumns, matches: Uint8Array, origin: LatLon, count: number): NearbyHit[] {
  const { coords, approximate, national } = columns;
  const cosOrigin = Math.cos(origin.lat * RAD);
  const best: NearbyHit[] = [];
  for (let row = 0; row < matches.length; row++) {
    if (matches[row] !== 1 || national[row] === 1) continue;
    const lat = coords[2 * row + 1] as number;
    if (Number.isNaN(lat)) continue;
    const km = haversine(origin, cosOrigin, lat, coords[2 * row] as number);
    const last = best[best.length - 1];
    if (best.length === count && last !== undefined && km > last.km) continue;
    keepFirst(best, { row, km, approximate: approximate[row] === 1 }, count, byDistance);
  }
  return best;
}

/** Puts `item` in its place in `best` (sorted by `compare`, at most `count` long), or leaves it out. */
function keepFirst<T>(best: T[], item: T, count: number, compare: (a: T, b: T) => number): void {
  const last = best[best.length - 1];
  if (best.length === count && last !== undefined && compare(item, last) >= 0) return;
  let i = best.length;
  while (i > 0 && compare(item, best[i - 1] as T) < 0) i--;
  best.splice(i, 0, item);
  if (best.length > count) best.pop();
}

function haversine(origin: LatLon, cosOrigin: number, lat: number, lon: number): number {
  const dLat = (lat - origin.lat) * RAD;
  const dLon = (lon - origin.lon) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + cosOrigin * Math.cos(lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

function byDistance(a: NearbyHit, b: NearbyHit): number {
  return a.km - b.km || Number(a.approximate) - Number(b.approximate) || a.row - b.row;
}

/** The columns `findNearby` reads, from the actors and their coordinates (`DatasetIndex.columns.coords`). */
export function nearbyColumns(features: readonly ActorFeature[], coords: Float64Array): NearbyColumns {
  const approximate = new Uint8Array(features.length);
  const national = new Uint8Array(features.length);
  features.forEach((f, i) => {
    const { precision, scope } = f.properties;
    approximate[i] = precision === 'departement' || precision === 'region' ? 1 : 0;
    national[i] = scope === 'national' ? 1 : 0;
  });
  return { coords, approximate, national };
}

const collator = new Intl.Collator('fr');

/**
 * The first `count` of `rows` in the French order of their names (ties by row), or all of them
 * sorted when `count` is at least their number. Only a small sorted buffer is kept: a list of
 * 23,000 national networks gives its first five in one pass instead of a sort of them all.
 */
export function firstByName(rows: readonly number[], name: (row: number) => string, count = rows.length): number[] {
  const compare = (a: number, b: number) => collator.compare(name(a), name(b)) || a - b;
  if (count >= rows.length) return [...rows].sort(compare);
  const best: number[] = [];
  for (const row of rows) keepFirst(best, row, count, compare);
  return best;
}
