/** The radius drawn around the near-me origin: a circle polygon, the origin point and their bounds. */
import bbox from '@turf/bbox';
import circle from '@turf/circle';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { LatLon } from './nearby';

/** Enough sides for a circle that looks round at any zoom where it fills the map. */
const CIRCLE_STEPS = 96;

export interface NearShape {
  features: FeatureCollection<Polygon | Point>;
  /** [west, south, east, north] of the circle. */
  bounds: [number, number, number, number];
}

export function nearShape(origin: LatLon, radiusKm: number): NearShape {
  const ring: Feature<Polygon> = circle([origin.lon, origin.lat], radiusKm, { steps: CIRCLE_STEPS, units: 'kilometers' });
  const point: Feature<Point> = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [origin.lon, origin.lat] } };
  const [west, south, east, north] = bbox(ring);
  return { features: { type: 'FeatureCollection', features: [ring, point] }, bounds: [west, south, east, north] };
}
