/**
 * The detailed basemap replaces the simplified one a few territories at a time. Handed to MapLibre
 * in one `setData`, its 170,000 positions are copied twice on the main thread (MapLibre's own
 * serialisation walks every position, then the message's), one task of 120–300 ms on this class
 * of machine, at the moment a person zooms in or picks a commune. As `updateData` diffs of a few
 * régions each, each awaited before the next, every task stays short and MapLibre re-tiles only
 * where territories changed. A territory is swapped whole, never drawn twice.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeoJSONSource, GeoJSONSourceDiff } from 'maplibre-gl';
import { nextTask } from '../../core/steps';

/** Positions per diff: ~20 ms of copying on the main thread here; six or seven diffs in all. */
export const SWAP_STEP_POSITIONS = 30_000;

/** What one territory is, whatever the basemap: its part, its level (labels) and its code. */
function territoryKey(feature: Feature): string {
  const p = feature.properties ?? {};
  return `${String(p['part'])}|${String(p['level'] ?? '')}|${String(p['code'])}`;
}

export function positionCount(geometry: Geometry): number {
  switch (geometry.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.reduce((n: number, ring: Position[]) => n + ring.length, 0);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((n, polygon) => n + polygon.reduce((m, ring) => m + ring.length, 0), 0);
    case 'GeometryCollection':
      return geometry.geometries.reduce((n, g) => n + positionCount(g), 0);
  }
}

/**
 * The région a feature of the basemap belongs to: its own code for a région or its name, its
 * département's région otherwise.
 */
function regionOf(feature: Feature, regionOfDepartement: ReadonlyMap<string, string>): string {
  const p = feature.properties ?? {};
  const code = String(p['code']);
  if (p['part'] === 'regions' || p['level'] === 'region') return code;
  return String(p['region'] ?? regionOfDepartement.get(code) ?? '');
}

/**
 * The diffs that turn `shown` (the source's collection, with its features' ids) into `next`: each
 * territory of both gets `next`'s geometry under `shown`'s id, one found only in `next` is added
 * (ids after `shown`'s), one found only in `shown` removed. A région goes with its départements and
 * their names, in one diff: MapLibre re-tiles the area a diff touches, once. Régions are put
 * together up to `maxPositions` new positions per diff (more for a single région that has more).
 */
export function basemapSwapDiffs(
  shown: FeatureCollection,
  next: FeatureCollection,
  maxPositions = SWAP_STEP_POSITIONS,
): GeoJSONSourceDiff[] {
  const idOf = new Map<string, string | number>();
  let nextId = 0;
  for (const feature of shown.features) {
    if (feature.id === undefined) throw new Error('basemapSwapDiffs: the shown features need ids');
    idOf.set(territoryKey(feature), feature.id);
    if (typeof feature.id === 'number') nextId = Math.max(nextId, feature.id + 1);
  }
  const regionOfDepartement = new Map<string, string>();
  for (const f of next.features) {
    if (f.properties?.['part'] === 'departements') regionOfDepartement.set(String(f.properties['code']), String(f.properties['region']));
  }
  const byRegion = new Map<string, Feature[]>();
  for (const feature of next.features) {
    const region = regionOf(feature, regionOfDepartement);
    const group = byRegion.get(region);
    if (group) group.push(feature);
    else byRegion.set(region, [feature]);
  }

  const diffs: GeoJSONSourceDiff[] = [];
  let diff: GeoJSONSourceDiff = {};
  let positions = 0;
  const kept = new Set<string>();
  for (const group of byRegion.values()) {
    const count = group.reduce((n, f) => n + positionCount(f.geometry), 0);
    if (positions > 0 && positions + count > maxPositions) {
      diffs.push(diff);
      diff = {};
      positions = 0;
    }
    positions += count;
    for (const feature of group) {
      const key = territoryKey(feature);
      kept.add(key);
      const id = idOf.get(key);
      if (id === undefined) (diff.add ??= []).push({ ...feature, id: nextId++ });
      else (diff.update ??= []).push({ id, newGeometry: feature.geometry });
    }
  }
  const gone = [...idOf].filter(([key]) => !kept.has(key)).map(([, id]) => id);
  if (gone.length > 0) diff.remove = gone;
  if (diff.add || diff.update || diff.remove) diffs.push(diff);
  return diffs;
}

/**
 * Applies `diffs` to `source` one after the other, each in a task of its own once MapLibre has
 * taken the previous one. Stops when `current()` turns false (the map or the basemap changed).
 * Resolves true once all are applied.
 */
export async function applyInSteps(
  source: Pick<GeoJSONSource, 'updateData'>,
  diffs: readonly GeoJSONSourceDiff[],
  current: () => boolean,
): Promise<boolean> {
  for (const diff of diffs) {
    if (!current()) return false;
    await source.updateData(diff);
    await nextTask();
  }
  return current();
}
