/**
 * The « Priorité » régions of the ranking, marked on the map (rendered inside `MapView`): a thick
 * dashed outline around each, and the word under its name, so that the map says what the table
 * says without opening it.
 */
import type { ExpressionSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { useEffect } from 'react';
import { FEATURE_BEFORE, useMapInstance } from '../../shared/map/map-context';
import { BASEMAP_SOURCE, partFilter } from '../map/basemap-source';
import { HIGHLIGHT_COLOR } from './map-layers';

export const PRIORITY_LAYERS = { outline: 'ranking-priority-outline', label: 'ranking-priority-label' } as const;

function codesFilter(part: 'regions' | 'labels', codes: readonly string[]): ExpressionSpecification {
  return ['all', partFilter(part), ['in', ['get', 'code'], ['literal', [...codes]]]];
}

export function priorityOutlineLayer(codes: readonly string[]): LineLayerSpecification {
  return {
    id: PRIORITY_LAYERS.outline,
    type: 'line',
    source: BASEMAP_SOURCE,
    filter: codesFilter('regions', codes),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': HIGHLIGHT_COLOR, 'line-width': 3.5, 'line-dasharray': [2, 1] },
  };
}

export function priorityLabelLayer(codes: readonly string[], text: string): SymbolLayerSpecification {
  return {
    id: PRIORITY_LAYERS.label,
    type: 'symbol',
    source: BASEMAP_SOURCE,
    filter: ['all', codesFilter('labels', codes), ['==', ['get', 'level'], 'region']],
    layout: {
      'text-field': text,
      'text-font': ['Noto Sans Bold'],
      'text-size': 12,
      'text-offset': [0, 1.6],
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#ffffff', 'text-halo-color': HIGHLIGHT_COLOR, 'text-halo-width': 3 },
  };
}

export function PriorityLayers({ codes, text }: { codes: readonly string[]; text: string }) {
  const map = useMapInstance();
  const drawable = map.getSource(BASEMAP_SOURCE) !== undefined && map.getLayer(FEATURE_BEFORE) !== undefined;
  const key = codes.join(',');
  useEffect(() => {
    if (!drawable) return;
    const list = key === '' ? [] : key.split(',');
    map.addLayer(priorityOutlineLayer(list), FEATURE_BEFORE);
    map.addLayer(priorityLabelLayer(list, text));
    return () => {
      if (!map.getStyle()) return;
      for (const id of Object.values(PRIORITY_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
    };
  }, [map, drawable, key, text]);
  return null;
}
