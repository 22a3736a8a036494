/**
 * Which département holds a point, from the départements' contours (the basemap's, which the
 * caller reads: the pipeline reads no file). A box per département keeps it to one or two
 * polygon tests per point, 100,000 rows included.
 */
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type DepartementShape = Feature<Polygon | MultiPolygon, { code: string }>;

/**
 * The contours are simplified (details under ~100 m removed): a harbour or a quay may lie just
 * beyond the drawn coast. A point this close to a département counts as inside it; Monaco's
 * centre, 260 m beyond the border, does not.
 */
export const COAST_TOLERANCE_KM = 0.2;
const KM_PER_DEGREE_OF_LATITUDE = 111.32;
/**
 * "Within the tolerance" is tested by moving the point that far (and half as far) in eight
 * directions: a few polygon tests, where an exact distance to a coast of thousands of segments
 * takes milliseconds, which a sheet of 100,000 points at sea would pay for each.
 */
const COAST_OFFSETS: readonly [number, number][] = [1, 0.5].flatMap((share) =>
  Array.from({ length: 8 }, (_, i): [number, number] => {
    const angle = (i * Math.PI) / 4;
    const degrees = (share * COAST_TOLERANCE_KM) / KM_PER_DEGREE_OF_LATITUDE;
    return [degrees * Math.cos(angle), degrees * Math.sin(angle)];
  }),
);

interface Indexed {
  shape: DepartementShape;
  box: [number, number, number, number];
}

/** The code of the département whose territory (coast widened by `COAST_TOLERANCE_KM`) holds the point, or undefined. */
export function departementLocator(shapes: readonly DepartementShape[]): (lon: number, lat: number) => string | undefined {
  const indexed: Indexed[] = shapes.map((shape) => {
    const [west, south, east, north] = bbox(shape);
    return { shape, box: [west, south, east, north] };
  });
  const holding = (lon: number, lat: number): string | undefined =>
    indexed.find(({ box, shape }) => withinBox(lon, lat, box) && booleanPointInPolygon([lon, lat], shape))?.shape.properties.code;
  return (lon, lat) => {
    const inside = holding(lon, lat);
    if (inside !== undefined) return inside;
    const lonScale = 1 / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
    for (const [dLon, dLat] of COAST_OFFSETS) {
      const near = holding(lon + dLon * lonScale, lat + dLat);
      if (near !== undefined) return near;
    }
    return undefined;
  };
}

function withinBox(lon: number, lat: number, [w, s, e, n]: [number, number, number, number]): boolean {
  return lon >= w && lon <= e && lat >= s && lat <= n;
}
