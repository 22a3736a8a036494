/**
 * The offline MapLibre style, as data: a sea-coloured background, régions and départements from
 * the basemap file, their names, and the actors. The GeoJSON sources start empty and are filled
 * once the data files are loaded. No `glyphs`: labels are drawn with local fonts.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_LABEL_LAYERS, BASEMAP_LAYERS, BASEMAP_SOURCES } from './layers/basemap';

export const BASEMAP_ATTRIBUTION = 'IGN – Admin Express COG, INSEE (Licence Ouverte)';
export const ACTORS_ATTRIBUTION =
  'Réseau des pionniers des alliances en Territoire ; données d’exemple générées';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function emptyGeoJsonSource(attribution: string): GeoJSONSourceSpecification {
  return { type: 'geojson', data: EMPTY, attribution };
}

export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Atlas des catalyseurs — fond hors ligne',
    sources: {
      [BASEMAP_SOURCES.regions]: emptyGeoJsonSource(BASEMAP_ATTRIBUTION),
      // One attribution per provider: MapLibre lists each distinct string once.
      [BASEMAP_SOURCES.departements]: emptyGeoJsonSource(BASEMAP_ATTRIBUTION),
      [BASEMAP_SOURCES.labels]: emptyGeoJsonSource(BASEMAP_ATTRIBUTION),
    },
    layers: [...BASEMAP_LAYERS, ...BASEMAP_LABEL_LAYERS],
  };
}
