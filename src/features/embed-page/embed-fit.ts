/**
 * "Fit the map to a territory" for the embed: the extent of a région, a département or one of the
 * territory views, and the camera (centre and zoom) that shows an extent in a map of a given size.
 * The camera is computed here rather than by the map so that the embed can open directly on it,
 * before the map exists, and keep it in its URL.
 */
import { bbox as turfBbox } from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { TERRITORY_VIEWS } from '../../core/territories';
import type { Camera } from '../../core/url-state';

/** [west, south, east, north] */
export type Extent = [number, number, number, number];

type Area = Feature<Polygon | MultiPolygon, { code: string }>;

export interface TerritoryShapes {
  regions: { features: readonly Area[] };
  departements: { features: readonly Area[] };
}

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE_SIZE = 512;
const MAX_LAT = 85.0511;

/**
 * The extent of a fit target ("r84", "d2A", "metropole", "971"…), or null when it names no
 * known territory. Région and département shapes come from the basemap.
 */
export function fitExtent(fit: string, shapes: TerritoryShapes | undefined): Extent | null {
  const view = TERRITORY_VIEWS.find((v) => v.id === fit);
  if (view) return view.bounds;
  const kind = fit.charAt(0);
  const code = fit.slice(1);
  const list = kind === 'r' ? shapes?.regions.features : kind === 'd' ? shapes?.departements.features : undefined;
  const feature = list?.find((f) => f.properties.code === code);
  if (!feature) return null;
  const [west, south, east, north] = turfBbox(feature);
  return [west, south, east, north];
}

export interface CameraOptions {
  width: number;
  height: number;
  /** Space kept free around the extent, in px. */
  padding?: number;
  minZoom?: number;
  maxZoom?: number;
}

/** The Web Mercator camera that shows `extent` whole and centred in a `width` × `height` map. */
export function cameraForExtent(extent: Extent, options: CameraOptions): Camera {
  const [west, south, east, north] = extent;
  const padding = options.padding ?? 0;
  const width = Math.max(1, options.width - 2 * padding);
  const height = Math.max(1, options.height - 2 * padding);
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const yTop = mercatorY(north);
  const yBottom = mercatorY(south);
  const dx = Math.max(x1 - x0, 1e-9);
  const dy = Math.max(yBottom - yTop, 1e-9);
  const zoom = Math.log2(Math.min(width / (dx * TILE_SIZE), height / (dy * TILE_SIZE)));
  const clamped = Math.min(options.maxZoom ?? 22, Math.max(options.minZoom ?? 0, zoom));
  return {
    lon: (west + east) / 2,
    lat: latitudeOf((yTop + yBottom) / 2),
    zoom: Math.round(clamped * 100) / 100,
  };
}

/** Longitude → 0 (180° W) … 1 (180° E). */
function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

/** Latitude → 0 (north edge of the world) … 1 (south edge). */
function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

function latitudeOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}
