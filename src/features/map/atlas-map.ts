/**
 * The atlas's MapLibre map, as both map views make it (whole data and tiles): France's zoom
 * range, no rotation or pitch, no fade of the labels, zoom buttons and a scale, the pace of its
 * frames followed (`camera-motion.ts`). Each view adds its
 * own style, camera, locale and attribution.
 */
import { Map as MapLibreMap, NavigationControl, ScaleControl, type MapOptions } from 'maplibre-gl';
import { MAX_ZOOM, MIN_ZOOM } from '../../shared/map/config';
import { followFramePace } from './camera-motion';

type ViewOptions = Pick<MapOptions, 'container' | 'style'> &
  Partial<Pick<MapOptions, 'center' | 'zoom' | 'bounds' | 'fitBoundsOptions' | 'locale'>>;

/**
 * MapLibre's own resize tracking redraws the map synchronously at every size change, also when
 * the map is hidden behind the list or the ecosystem (a size of 0): at 100k that drawing, in
 * software WebGL, held the list's first frame (a commit of ~0.8 s). The map is resized only when
 * it is shown, and draws at its next frame.
 */
export function followContainerSize(map: MapLibreMap): void {
  const container = map.getContainer();
  let hidden = false;
  const observer = new ResizeObserver(() => {
    if (container.clientWidth === 0 || container.clientHeight === 0) {
      hidden = true;
      return;
    }
    const canvas = map.getCanvas();
    const same = canvas.clientWidth === container.clientWidth && canvas.clientHeight === container.clientHeight;
    // Shown again: resized all the same, for what waits for the map to be on screen ('resize').
    if (same && !hidden) return;
    hidden = false;
    map.resize();
  });
  observer.observe(container);
  map.once('remove', () => observer.disconnect());
}

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
    // Resized here, and not while hidden (`followContainerSize`).
    trackResize: false,
  });
  followContainerSize(map);
  followFramePace(map);
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
}
