/**
 * The offline MapLibre style, as data: a sea-coloured background, régions and départements from
 * the basemap file and their names. The basemap's source holds the basemap given (so that the
 * first frames draw it, without a round of `setData`) or starts empty. No `glyphs`: labels are
 * drawn with local fonts.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Basemap } from '../../state/queries';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { BASEMAP_SOURCE, basemapCollection } from './basemap-source';
import { BASEMAP_LABEL_LAYERS, BASEMAP_LAYERS } from './basemap-layers';

export const BASEMAP_ATTRIBUTION = 'IGN – Admin Express COG, INSEE (Licence Ouverte)';

/** Where the actors come from, and that some are generated samples when they are. */
export function actorsAttribution(lang: Lang, withSample: boolean): string {
  const network = t('map.attribution.network', lang);
  if (!withSample) return network;
  return `${network}${lang === 'fr' ? ' ; ' : '; '}${t('map.attribution.sample', lang)}`;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The contours' simplification at each zoom, in pixels (MapLibre's default 0.375): a pixel's
 * width is not seen on 1-px outlines, and it halves the triangles a frame draws at the national view.
 */
const BASEMAP_TOLERANCE = 1;

export function offlineStyle(basemap?: Basemap): StyleSpecification {
  return {
    version: 8,
    name: 'Atlas des catalyseurs — fond hors ligne',
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'geojson',
        data: basemap ? basemapCollection(basemap) : EMPTY,
        attribution: BASEMAP_ATTRIBUTION,
        tolerance: BASEMAP_TOLERANCE,
      } satisfies GeoJSONSourceSpecification,
    },
    layers: [...BASEMAP_LAYERS, ...BASEMAP_LABEL_LAYERS],
  };
}
