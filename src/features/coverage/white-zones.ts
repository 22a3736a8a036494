/**
 * White zones: where people live far from any catalyst. For every commune, the distance (great
 * circle, from the commune's point) to the nearest matching actor that has a point; then, per
 * département, the share of the population living farther than a chosen distance.
 *
 * Only actors with a point count: a national network without a seat is nowhere, not everywhere.
 * An actor known only by its département is at the département's chef-lieu (see `placement.ts`),
 * so distances are only as precise as the actors' placement.
 *
 * The nearest actor is found with a sparse uniform grid of the actors' points (cells of
 * `CELL_DEGREES`), searched in rings around the commune's cell until no unseen cell can hold a
 * nearer point; a commune far from every point falls back to a plain scan of the points.
 */
import type { GazetteerColumns } from '../../core/gazetteer';
import { WHITE_ZONE_DISTANCES, type WhiteZoneDistance } from '../../core/overlays';

export { WHITE_ZONE_DISTANCES, type WhiteZoneDistance };


/** Mean Earth radius (IUGG), the one @turf/distance uses. */
export const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;
const KM_PER_DEGREE = EARTH_RADIUS_KM * RADIANS;

/** Great-circle distance in km between two points given in degrees. */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The current communes of the gazetteer as typed columns (what the worker receives once). */
export interface CommuneTable {
  code: string[];
  name: string[];
  /** Index into `depCodes`. */
  dep: Uint16Array;
  depCodes: string[];
  lon: Float64Array;
  lat: Float64Array;
  population: Float64Array;
}

/** Keeps the current communes (delegated and associated ones have no population of their own). */
export function communeTable(columns: GazetteerColumns): CommuneTable {
  const rows: number[] = [];
  columns.parent.forEach((parent, i) => {
    if (parent === '') rows.push(i);
  });
  const depCodes: string[] = [];
  const depIndex = new Map<string, number>();
  const dep = new Uint16Array(rows.length);
  rows.forEach((row, i) => {
    const code = columns.dep[row] ?? '';
    let index = depIndex.get(code);
    if (index === undefined) {
      index = depCodes.length;
      depCodes.push(code);
      depIndex.set(code, index);
    }
    dep[i] = index;
  });
  return {
    code: rows.map((row) => columns.code[row] ?? ''),
    name: rows.map((row) => columns.name[row] ?? ''),
    dep,
    depCodes,
    lon: Float64Array.from(rows, (row) => columns.lon[row] ?? Number.NaN),
    lat: Float64Array.from(rows, (row) => columns.lat[row] ?? Number.NaN),
    population: Float64Array.from(rows, (row) => columns.population[row] ?? 0),
  };
}

/** Side of a grid cell, in degrees (about 22 km north–south, 14 km east–west at 50° N). */
const CELL_DEGREES = 0.2;
/** Cells are keyed as one integer: longitude and latitude indices shifted to be positive. */
const KEY_IX_OFFSET = 1000;
const KEY_IY_OFFSET = 500;
const KEY_IY_SPAN = 1000;
/** Margin on the ring bound, for the small difference between great circles and parallels. */
const BOUND_SAFETY = 0.99;

/** The points of the actors, indexed for nearest-point queries. */
export class PointGrid {
  readonly size: number;
  private readonly coords: Float64Array;
  private readonly cells = new Map<number, [start: number, end: number]>();
  private readonly maxAbsLat: number;
  private readonly minIx: number;
  private readonly maxIx: number;
  private readonly minIy: number;
  private readonly maxIy: number;

  /** `points`: longitude, latitude pairs; pairs with a NaN (no point) are ignored. */
  constructor(points: ArrayLike<number>) {
    const kept: { key: number; lon: number; lat: number }[] = [];
    let maxAbsLat = 0;
    let minIx = Infinity;
    let maxIx = -Infinity;
    let minIy = Infinity;
    let maxIy = -Infinity;
    for (let i = 0; i + 1 < points.length; i += 2) {
      const lon = points[i] ?? Number.NaN;
      const lat = points[i + 1] ?? Number.NaN;
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
      const ix = cellIndex(lon);
      const iy = cellIndex(lat);
      minIx = Math.min(minIx, ix);
      maxIx = Math.max(maxIx, ix);
      minIy = Math.min(minIy, iy);
      maxIy = Math.max(maxIy, iy);
      maxAbsLat = Math.max(maxAbsLat, Math.abs(lat));
      kept.push({ key: cellKey(ix, iy), lon, lat });
    }
    kept.sort((a, b) => a.key - b.key);
    this.size = kept.length;
    this.coords = new Float64Array(kept.length * 2);
    kept.forEach((p, i) => {
      this.coords[2 * i] = p.lon;
      this.coords[2 * i + 1] = p.lat;
      const cell = this.cells.get(p.key);
      if (cell) cell[1] = i + 1;
      else this.cells.set(p.key, [i, i + 1]);
    });
    this.maxAbsLat = maxAbsLat;
    this.minIx = minIx;
    this.maxIx = maxIx;
    this.minIy = minIy;
    this.maxIy = maxIy;
  }

  /** Distance in km from (lon, lat) to the nearest point; Infinity when there is none. */
  nearest(lon: number, lat: number): number {
    if (this.size === 0 || !Number.isFinite(lon) || !Number.isFinite(lat)) return Infinity;
    const cx = cellIndex(lon);
    const cy = cellIndex(lat);
    // Beyond ring r, every point is at least r cells away on one axis.
    const cos = Math.cos(Math.max(this.maxAbsLat, Math.abs(lat)) * RADIANS);
    const ringKm = CELL_DEGREES * KM_PER_DEGREE * cos * BOUND_SAFETY;
    // Scanning more cells than a few times the occupied ones costs more than a plain scan.
    const budget = Math.max(64, 4 * this.cells.size);
    let best = Infinity;
    for (let r = 0; ; r += 1) {
      if ((2 * r + 1) ** 2 > budget) return this.scanAll(lon, lat);
      best = Math.min(best, this.scanRing(lon, lat, cx, cy, r));
      if (best <= r * ringKm) return best;
      const coversAll =
        cx - r <= this.minIx && cx + r >= this.maxIx && cy - r <= this.minIy && cy + r >= this.maxIy;
      if (coversAll) return best;
    }
  }

  private scanRing(lon: number, lat: number, cx: number, cy: number, r: number): number {
    let best = Infinity;
    for (let dx = -r; dx <= r; dx += 1) {
      const edge = dx === -r || dx === r;
      for (let dy = -r; dy <= r; dy += edge ? 1 : 2 * r) {
        best = Math.min(best, this.scanCell(lon, lat, cellKey(cx + dx, cy + dy)));
        if (r === 0) break;
      }
    }
    return best;
  }

  private scanCell(lon: number, lat: number, key: number): number {
    const cell = this.cells.get(key);
    if (!cell) return Infinity;
    let best = Infinity;
    for (let i = cell[0]; i < cell[1]; i += 1) {
      best = Math.min(best, haversineKm(lon, lat, this.coords[2 * i] ?? 0, this.coords[2 * i + 1] ?? 0));
    }
    return best;
  }

  private scanAll(lon: number, lat: number): number {
    let best = Infinity;
    for (let i = 0; i < this.size; i += 1) {
      best = Math.min(best, haversineKm(lon, lat, this.coords[2 * i] ?? 0, this.coords[2 * i + 1] ?? 0));
    }
    return best;
  }
}

function cellIndex(degrees: number): number {
  return Math.floor(degrees / CELL_DEGREES);
}

function cellKey(ix: number, iy: number): number {
  return (ix + KEY_IX_OFFSET) * KEY_IY_SPAN + (iy + KEY_IY_OFFSET);
}

/** For each commune, the distance in km to the nearest point (Infinity without any point). */
export function nearestDistances(
  communes: Pick<CommuneTable, 'lon' | 'lat'>,
  points: ArrayLike<number>,
): Float32Array {
  const grid = new PointGrid(points);
  const distances = new Float32Array(communes.lon.length);
  for (let i = 0; i < distances.length; i += 1) {
    distances[i] = grid.nearest(communes.lon[i] ?? Number.NaN, communes.lat[i] ?? Number.NaN);
  }
  return distances;
}

/** The points of the matching rows that have one: longitude, latitude pairs. */
export function matchingPoints(coords: ArrayLike<number>, matches: ArrayLike<number>): Float64Array {
  const out: number[] = [];
  for (let row = 0; row < matches.length; row += 1) {
    if (matches[row] !== 1) continue;
    const lon = coords[2 * row] ?? Number.NaN;
    const lat = coords[2 * row + 1] ?? Number.NaN;
    if (Number.isFinite(lon) && Number.isFinite(lat)) out.push(lon, lat);
  }
  return Float64Array.from(out);
}

export interface WhiteZoneRow {
  /** Département code. */
  code: string;
  /** Population of its communes that have a point. */
  population: number;
  /** Population of the communes farther than the distance from every matching actor. */
  beyond: number;
  /** beyond / population, 0–1; null for a département without population. */
  share: number | null;
  /** Number of communes farther than the distance. */
  communes: number;
}

/** Per département (in the order of `depCodes`): population farther than `km` from every actor. */
export function whiteZoneShares(
  communes: Pick<CommuneTable, 'dep' | 'depCodes' | 'population'>,
  distances: ArrayLike<number>,
  km: number,
): WhiteZoneRow[] {
  const population = new Float64Array(communes.depCodes.length);
  const beyond = new Float64Array(communes.depCodes.length);
  const count = new Uint32Array(communes.depCodes.length);
  for (let i = 0; i < communes.dep.length; i += 1) {
    const d = communes.dep[i] ?? 0;
    const inhabitants = communes.population[i] ?? 0;
    population[d] = (population[d] ?? 0) + inhabitants;
    if ((distances[i] ?? Infinity) > km) {
      beyond[d] = (beyond[d] ?? 0) + inhabitants;
      count[d] = (count[d] ?? 0) + 1;
    }
  }
  return communes.depCodes.map((code, d) => {
    const total = population[d] ?? 0;
    const far = beyond[d] ?? 0;
    return { code, population: total, beyond: far, share: total > 0 ? far / total : null, communes: count[d] ?? 0 };
  });
}

/** Indices of the communes farther than `km` from every actor. */
export function communesBeyond(distances: ArrayLike<number>, km: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < distances.length; i += 1) if ((distances[i] ?? Infinity) > km) out.push(i);
  return out;
}
