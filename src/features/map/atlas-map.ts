/**
 * The atlas's MapLibre map, as both map views make it (whole data and tiles): France's zoom
 * range, no rotation or pitch, no fade of the labels, zoom buttons and a scale. Each view adds its
 * own style, camera, locale and attribution.
 */
import { Map as MapLibreMap, NavigationControl, ScaleControl, type MapOptions } from 'maplibre-gl';
import { MAX_ZOOM, MIN_ZOOM } from '../../shared/map/config';

type ViewOptions = Pick<MapOptions, 'container' | 'style'> &
  Partial<Pick<MapOptions, 'center' | 'zoom' | 'bounds' | 'fitBoundsOptions' | 'locale'>>;

export function createAtlasMap(options: ViewOptions): MapLibreMap {
  const map = new MapLibreMap({
    ...options,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    attributionControl: false,
    maplibreLogo: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // Names appear at once: a 300 ms fade is ~20 more full redraws before the map is idle.
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
}
