/**
 * Draws the fragility choropleth (rendered inside `MapView`): the scored régions and the hatched
 * overseas ones under the borders and the actors, the outline of the région being read under the
 * labels. Reports the région under the pointer (with the pointer's page position) and the one clicked.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { ScoredRegionProperties } from './fragility-overlay';
import {
  FRAGILITY_ATTRIBUTION,
  FRAGILITY_HATCH_IMAGE,
  FRAGILITY_LAYERS,
  FRAGILITY_SOURCE,
  fragilityFillLayer,
  fragilityHatchImage,
  fragilityNodataLayer,
  fragilityOutlineLayer,
  outlineFilter,
} from './map-layers';
import { FEATURE_BEFORE, OVERLAY_BEFORE, useMapInstance } from '../../shared/map/map-context';
import { bindTerritoryPointer } from '../../shared/map/territory-pointer';

export interface RegionPointer {
  code: string;
  /** Page coordinates of the pointer (the tooltip is `position: fixed`). */
  x: number;
  y: number;
}

interface FragilityLayersProps {
  regions: FeatureCollection<Polygon | MultiPolygon, ScoredRegionProperties>;
  highlight: string | null;
  onPointer: (pointer: RegionPointer | null) => void;
  onPick: (code: string) => void;
}

const LAYER_IDS = [FRAGILITY_LAYERS.outline, FRAGILITY_LAYERS.nodata, FRAGILITY_LAYERS.fill];

export function FragilityLayers({ regions, highlight, onPointer, onPick }: FragilityLayersProps) {
  const map = useMapInstance();
  const drawable = map.getLayer(OVERLAY_BEFORE) !== undefined;
  const handlers = useRef({ onPointer, onPick });
  handlers.current = { onPointer, onPick };
  const first = useRef(regions);
  first.current = regions;

  useEffect(() => {
    if (!drawable) return;
    if (!map.hasImage(FRAGILITY_HATCH_IMAGE)) map.addImage(FRAGILITY_HATCH_IMAGE, fragilityHatchImage());
    map.addSource(FRAGILITY_SOURCE, { type: 'geojson', data: first.current, attribution: FRAGILITY_ATTRIBUTION });
    map.addLayer(fragilityFillLayer, OVERLAY_BEFORE);
    map.addLayer(fragilityNodataLayer, OVERLAY_BEFORE);
    map.addLayer(fragilityOutlineLayer(null), FEATURE_BEFORE);

    const unbind = bindTerritoryPointer(map, {
      layers: [FRAGILITY_LAYERS.fill, FRAGILITY_LAYERS.nodata],
      clickLayer: FRAGILITY_LAYERS.fill,
      onHover: (at) => handlers.current.onPointer(at ? { code: at.code, x: at.client.x, y: at.client.y } : null),
      onPick: (code) => handlers.current.onPick(code),
    });
    return () => {
      unbind();
      // The map may already be gone (page left): nothing to remove then.
      if (!map.getStyle()) return;
      for (const id of LAYER_IDS) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(FRAGILITY_SOURCE)) map.removeSource(FRAGILITY_SOURCE);
    };
  }, [map, drawable]);

  useEffect(() => {
    if (drawable) void map.getSource<GeoJSONSource>(FRAGILITY_SOURCE)?.setData(regions);
  }, [map, drawable, regions]);

  useEffect(() => {
    if (drawable && map.getLayer(FRAGILITY_LAYERS.outline)) map.setFilter(FRAGILITY_LAYERS.outline, outlineFilter(highlight));
  }, [map, drawable, highlight]);

  return null;
}
