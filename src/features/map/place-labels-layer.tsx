/**
 * The towns the offline basemap names (`places.json`, from the gazetteer): the préfectures de
 * région from the view of France, the préfectures next, then the towns by population as one
 * zooms in, so that a near-me circle or a cluster has names around it. Fetched once the first map
 * is drawn (not part of its budget); drawn under the région and département names, with the same
 * local fonts. An online style brings its own names: nothing is added to it.
 */
import { useQuery } from '@tanstack/react-query';
import type { FeatureCollection, Point } from 'geojson';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { PLACES_FILE, PlaceLabelsSchema, type PlaceLabels } from '../../core/place-labels';
import { BASEMAP_COLORS } from '../../shared/palette';
import { FEATURE_BEFORE, useMapInstance } from '../../shared/map/map-context';
import { ONLINE_STYLE_URL } from '../../shared/map/config';
import { useGeoJsonOverlay } from '../../shared/map/use-geo-json-overlay';
import { bySchema, jsonFileQuery } from '../../state/queries';

export const PLACES_SOURCE = 'places';

/** The zoom from which each rank (1–7) is named. */
export const PLACE_RANK_MINZOOM = [4.5, 5.5, 6.5, 7.5, 8, 8.5, 9] as const;

export function placeLabelsQuery() {
  return jsonFileQuery<PlaceLabels>(PLACES_FILE, bySchema(PlaceLabelsSchema));
}

function placeLayer(rank: number): SymbolLayerSpecification {
  const prefecture = rank <= 2;
  return {
    id: `place-labels-${rank}`,
    type: 'symbol',
    source: PLACES_SOURCE,
    minzoom: PLACE_RANK_MINZOOM[rank - 1] ?? 9,
    filter: ['==', ['get', 'rank'], rank],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': prefecture ? ['Noto Sans Bold'] : ['Noto Sans Regular'],
      'text-size': rank === 1 ? 13 : rank <= 3 ? 12 : 11,
      'text-max-width': 8,
      'text-padding': 4,
    },
    paint: {
      'text-color': prefecture ? BASEMAP_COLORS.regionLabel : BASEMAP_COLORS.departementLabel,
      'text-halo-color': BASEMAP_COLORS.labelHalo,
      'text-halo-width': 1.5,
    },
  };
}

/** From the least to the most important: each layer is added above the previous one, and placed first. */
export const PLACE_LAYERS: readonly SymbolLayerSpecification[] = [7, 6, 5, 4, 3, 2, 1].map(placeLayer);

function placesCollection(places: PlaceLabels): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places.name.map((name, i) => ({
      type: 'Feature',
      properties: { name, rank: places.rank[i] ?? 7 },
      geometry: { type: 'Point', coordinates: [places.lon[i] ?? 0, places.lat[i] ?? 0] },
    })),
  };
}

export function PlaceLabelsLayer() {
  const map = useMapInstance();
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const onIdle = () => setDrawn(true);
    map.once('idle', onIdle);
    return () => {
      map.off('idle', onIdle);
    };
  }, [map]);
  const places = useQuery({ ...placeLabelsQuery(), enabled: drawn && ONLINE_STYLE_URL === undefined });
  const overlay = useMemo(() => (places.data ? { [PLACES_SOURCE]: placesCollection(places.data) } : null), [places.data]);
  useGeoJsonOverlay(map, overlay, PLACE_LAYERS, FEATURE_BEFORE);
  return null;
}
