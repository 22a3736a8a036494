/**
 * Pointer over a territory overlay (coverage, fragility): which coded feature is under the pointer,
 * the hand cursor over one, and a click that picks its code. Returns what undoes it all.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';

export interface PointerAt {
  feature: MapGeoJSONFeature;
  code: string;
  /** In the map's own pixels, and in the window's. */
  point: { x: number; y: number };
  client: { x: number; y: number };
}

export interface TerritoryPointer {
  /** Layers whose features are looked for under the pointer, topmost first. */
  layers: string[];
  /** The layer whose features a click picks. */
  clickLayer: string;
  onHover: (at: PointerAt | null) => void;
  onPick: (code: string) => void;
}

export function bindTerritoryPointer(map: MapLibreMap, pointer: TerritoryPointer): () => void {
  const canvas = map.getCanvas();
  const onMove = (event: MapMouseEvent) => {
    const [feature] = map.queryRenderedFeatures(event.point, { layers: pointer.layers });
    const code = feature?.properties?.['code'];
    canvas.style.cursor = typeof code === 'string' ? 'pointer' : '';
    if (!feature || typeof code !== 'string') pointer.onHover(null);
    else {
      const { clientX, clientY } = event.originalEvent;
      pointer.onHover({ feature, code, point: { x: event.point.x, y: event.point.y }, client: { x: clientX, y: clientY } });
    }
  };
  const onLeave = () => {
    canvas.style.cursor = '';
    pointer.onHover(null);
  };
  const onClick = (event: MapLayerMouseEvent) => {
    const code = event.features?.[0]?.properties?.['code'];
    if (typeof code === 'string') pointer.onPick(code);
  };
  map.on('mousemove', onMove);
  map.on('click', pointer.clickLayer, onClick);
  canvas.addEventListener('mouseleave', onLeave);
  return () => {
    map.off('mousemove', onMove);
    map.off('click', pointer.clickLayer, onClick);
    canvas.removeEventListener('mouseleave', onLeave);
    canvas.style.cursor = '';
  };
}
