/**
 * The offline basemap as one GeoJSON source: régions, départements and their names in one
 * collection, each feature tagged with the part of the basemap file it comes from. One source
 * is one worker parse and one set of tiles: the first frames wait for it once, not three times.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Basemap } from '../../state/queries';

export const BASEMAP_SOURCE = 'basemap';

export type BasemapPart = keyof Basemap;
export const BASEMAP_PARTS: readonly BasemapPart[] = ['regions', 'departements', 'labels'];

/** The property naming each feature's part. */
const PART = 'part';

/** Keeps the features of one part of the basemap. */
export function partFilter(part: BasemapPart): ExpressionSpecification {
  return ['==', ['get', PART], part];
}

const merged = new WeakMap<Basemap, FeatureCollection>();

/**
 * One collection for the whole basemap (the same object for the same basemap). Each feature has a
 * numeric id, its rank: the detailed basemap replaces the simplified one by `updateData`, which
 * needs them (`basemap-swap.ts`).
 */
export function basemapCollection(basemap: Basemap): FeatureCollection {
  let collection = merged.get(basemap);
  if (!collection) {
    const features: Feature[] = [];
    for (const part of BASEMAP_PARTS) {
      for (const feature of basemap[part].features) {
        features.push({ ...feature, id: features.length, properties: { ...feature.properties, [PART]: part } });
      }
    }
    collection = { type: 'FeatureCollection', features };
    merged.set(basemap, collection);
  }
  return collection;
}
