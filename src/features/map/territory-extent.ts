/**
 * The extent the map fits to when régions or départements are chosen in the filters: the union of
 * the chosen départements' shapes, or of the chosen régions' when no département is chosen (a
 * département narrows its région). Shapes come from the basemap.
 */
import { bbox } from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** [west, south, east, north] */
export type Extent = [number, number, number, number];

type Area = Feature<Polygon | MultiPolygon, { code: string }>;

export interface TerritoryShapes {
  regions: { features: readonly Area[] };
  departements: { features: readonly Area[] };
}

/** The extent of the chosen territories; null when none is chosen or none is known. */
export function chosenExtent(shapes: TerritoryShapes, regions: readonly string[], departements: readonly string[]): Extent | null {
  const [list, codes] = departements.length > 0 ? [shapes.departements.features, departements] : [shapes.regions.features, regions];
  let extent: Extent | null = null;
  for (const feature of list) {
    if (!codes.includes(feature.properties.code)) continue;
    const [west, south, east, north] = bbox(feature);
    extent = extent
      ? [Math.min(extent[0], west), Math.min(extent[1], south), Math.max(extent[2], east), Math.max(extent[3], north)]
      : [west, south, east, north];
  }
  return extent;
}
