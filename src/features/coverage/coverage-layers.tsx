/**
 * Draws a coverage layer on the map (rendered inside `MapView`): the choropleth and its hatching
 * under the borders, the outline of the territory being read and the white-zone communes under
 * the labels. Reports the territory or commune under the pointer, and the one clicked.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { FEATURE_BEFORE, OVERLAY_BEFORE, useMapInstance } from '../../shared/map/map-context';
import { BASEMAP_SOURCE } from '../map/basemap-source';
import { bindTerritoryPointer } from '../../shared/map/territory-pointer';
import {
  codeFilter,
  COVERAGE_LAYERS,
  coverageFillLayer,
  coverageHighlightLayer,
  coverageZeroLayer,
  EMPTY_COMMUNES,
  HATCH_IMAGE,
  coverageHatchImage,
  WHITE_ZONE_SOURCE,
  whiteZoneCommunesLayer,
  type ChoroplethLevel,
  type WhiteZoneCommuneProperties,
} from './map-layers';

export type MapPointer =
  | { kind: 'territory'; code: string; x: number; y: number }
  | { kind: 'commune'; properties: WhiteZoneCommuneProperties; x: number; y: number };

interface CoverageLayersProps {
  level: ChoroplethLevel;
  fillColor: ExpressionSpecification | string;
  zeroCodes: readonly string[];
  highlight: string | null;
  communes: FeatureCollection<Point, WhiteZoneCommuneProperties> | null;
  onPointer: (pointer: MapPointer | null) => void;
  onPick: (code: string) => void;
}

const LAYER_IDS = [COVERAGE_LAYERS.communes, COVERAGE_LAYERS.highlight, COVERAGE_LAYERS.zero, COVERAGE_LAYERS.fill];

export function CoverageLayers({ level, fillColor, zeroCodes, highlight, communes, onPointer, onPick }: CoverageLayersProps) {
  const map = useMapInstance();
  const drawable = map.getSource(BASEMAP_SOURCE) !== undefined && map.getLayer(OVERLAY_BEFORE) !== undefined;
  const handlers = useRef({ onPointer, onPick });
  handlers.current = { onPointer, onPick };

  useEffect(() => {
    if (!drawable) return;
    if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, coverageHatchImage());
    map.addLayer(coverageFillLayer(level), OVERLAY_BEFORE);
    map.addLayer(coverageZeroLayer(level), OVERLAY_BEFORE);
    map.addLayer(coverageHighlightLayer(level), FEATURE_BEFORE);
    map.addSource(WHITE_ZONE_SOURCE, { type: 'geojson', data: EMPTY_COMMUNES });
    map.addLayer(whiteZoneCommunesLayer, FEATURE_BEFORE);

    const unbind = bindTerritoryPointer(map, {
      layers: [COVERAGE_LAYERS.communes, COVERAGE_LAYERS.fill],
      clickLayer: COVERAGE_LAYERS.fill,
      onHover: (at) => {
        if (!at) handlers.current.onPointer(null);
        else if (at.feature.layer.id === COVERAGE_LAYERS.communes) {
          const properties = at.feature.properties as unknown as WhiteZoneCommuneProperties;
          handlers.current.onPointer({ kind: 'commune', properties, ...at.point });
        } else handlers.current.onPointer({ kind: 'territory', code: at.code, ...at.point });
      },
      onPick: (code) => handlers.current.onPick(code),
    });
    return () => {
      unbind();
      // The map may already be gone (page left): nothing to remove then.
      if (!map.getStyle()) return;
      for (const id of LAYER_IDS) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(WHITE_ZONE_SOURCE)) map.removeSource(WHITE_ZONE_SOURCE);
    };
  }, [map, level, drawable]);

  useEffect(() => {
    if (drawable && map.getLayer(COVERAGE_LAYERS.fill)) map.setPaintProperty(COVERAGE_LAYERS.fill, 'fill-color', fillColor);
  }, [map, drawable, level, fillColor]);

  useEffect(() => {
    if (drawable && map.getLayer(COVERAGE_LAYERS.zero)) map.setFilter(COVERAGE_LAYERS.zero, codeFilter(level, zeroCodes));
  }, [map, drawable, level, zeroCodes]);

  useEffect(() => {
    if (drawable && map.getLayer(COVERAGE_LAYERS.highlight)) {
      map.setFilter(COVERAGE_LAYERS.highlight, codeFilter(level, highlight ? [highlight] : []));
    }
  }, [map, drawable, level, highlight]);

  useEffect(() => {
    if (!drawable) return;
    void map.getSource<GeoJSONSource>(WHITE_ZONE_SOURCE)?.setData(communes ?? EMPTY_COMMUNES);
  }, [map, drawable, level, communes]);

  return null;
}
