import { describe, expect, it } from 'vitest';
import {
  LINK_LAYERS,
  LINK_LINES_SOURCE,
  LINK_POINTS_SOURCE,
  LINK_WARM_LAYERS,
  linkedRingLayers,
  linkTypeLayer,
  linkWarmSamples,
} from './map-layers';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';
import { LINK_TYPES } from '../../core/vocabulary';
import { LINK_STYLES, LINKED_RING, OUTSIDE_LINE_COLOR, SELECTED_RING } from './link-palette';
import { contrastRatio, parseColor } from '../../shared/color-contrast';
import { BASEMAP_COLORS } from '../../shared/palette';

type Layer = (typeof LINK_LAYERS)[number];

/** Whether MapLibre's filter `filter` keeps `feature`. */
function keeps(filter: FilterSpecification | undefined, feature: Feature): boolean {
  const vectorFeature = { type: feature.geometry.type === 'Point' ? 1 : 2, properties: feature.properties ?? {}, geometry: [] };
  return filter !== undefined && featureFilter(filter, 'filter').filter({ zoom: 6 }, vectorFeature as never);
}

/** The layers that draw `feature`, in drawing order. */
function drawing(feature: Feature, source: string): Layer[] {
  return LINK_LAYERS.filter((l) => l.source === source && keeps(l.filter, feature));
}
const line = (type: string, ring: number, dimmed: number): Feature => ({
  type: 'Feature',
  properties: { type, ring, dimmed },
  geometry: { type: 'LineString', coordinates: [] },
});
const point = (distance: number, dimmed: number): Feature => ({
  type: 'Feature',
  properties: { id: 'a', distance, dimmed },
  geometry: { type: 'Point', coordinates: [] },
});

describe('the links on the map', () => {
  it('draws each link once in its type’s colour and dashes, over a white casing; thinner for links of links', () => {
    for (const type of LINK_TYPES.codes)
      for (const ring of [1, 2]) {
        const [casing, ...lines] = drawing(line(type, ring, 0), LINK_LINES_SOURCE);
        expect(casing?.id).toBe(`link-casing-${ring}`);
        expect(lines).toHaveLength(1);
        expect(lines[0]?.paint).toEqual({
          'line-color': LINK_STYLES[type].color,
          'line-width': ring === 1 ? 3 : 2,
          ...(LINK_STYLES[type].dash.length > 0 ? { 'line-dasharray': [...LINK_STYLES[type].dash] } : {}),
        });
        expect((casing?.paint as Record<string, unknown> | undefined)?.['line-width']).toBe(ring === 1 ? 6 : 5);
      }
  });

  it('draws a link to a fiche outside the filters grey, keeping its type’s dashes', () => {
    const [, outside] = drawing(line('partenaire', 1, 1), LINK_LINES_SOURCE);
    expect(outside?.paint).toEqual({ 'line-color': OUTSIDE_LINE_COLOR, 'line-width': 3, 'line-dasharray': [4, 2] });
    expect(linkTypeLayer('membre', 2, 1).paint).toEqual({
      'line-color': OUTSIDE_LINE_COLOR,
      'line-width': 2,
      'line-dasharray': [0.5, 1.5],
    });
  });

  it('rings the selected fiche, the linked ones (thinner for links of links), grey outside the filters', () => {
    const ring = (distance: number, dimmed: number) => {
      const layers = drawing(point(distance, dimmed), LINK_POINTS_SOURCE);
      expect(layers).toHaveLength(1);
      const paint = layers[0]!.paint as Record<string, unknown>;
      return [paint['circle-radius'], paint['circle-stroke-color'], paint['circle-stroke-width']];
    };
    expect(ring(0, 0)).toEqual([24, SELECTED_RING, 3]);
    expect(ring(0, 1)).toEqual([24, SELECTED_RING, 3]);
    expect(ring(1, 0)).toEqual([21, LINKED_RING, 3]);
    expect(ring(1, 1)).toEqual([21, OUTSIDE_LINE_COLOR, 3]);
    expect(ring(2, 0)).toEqual([21, LINKED_RING, 2]);
    expect(ring(2, 1)).toEqual([21, OUTSIDE_LINE_COLOR, 2]);
  });

  it('paints with constants only, so that the layers share the basemap’s and one another’s WebGL programs', () => {
    for (const layer of LINK_LAYERS)
      for (const [name, value] of Object.entries(layer.paint ?? {}))
        expect(typeof value === 'number' || typeof value === 'string' || name === 'line-dasharray', `${layer.id} ${name}`).toBe(true);
    expect(new Set(LINK_LAYERS.map((l) => l.id)).size).toBe(LINK_LAYERS.length);
    expect(linkedRingLayers.map((l) => l.id)).toContain(LINK_WARM_LAYERS[0]?.id);
    expect(LINK_WARM_LAYERS[1]?.paint).toHaveProperty('line-dasharray');
  });

  it('keeps the grey line visible on the land (3:1 at least)', () => {
    const grey = parseColor(OUTSIDE_LINE_COLOR)!;
    const land = parseColor(BASEMAP_COLORS.land)!;
    expect(contrastRatio(grey, land)).toBeGreaterThanOrEqual(3);
  });
});

describe('the samples that warm the links’ layers (useWarmLayers)', () => {
  it('give every warmed layer something to draw: a line of each type, and a ring', () => {
    const samples = linkWarmSamples([2, 47], [2.5, 47]);
    const lines = samples[LINK_LINES_SOURCE]!.features;
    expect(lines.map((f) => f.properties?.['type'])).toEqual([...LINK_TYPES.codes]);
    expect(lines.every((f) => f.geometry.type === 'LineString')).toBe(true);
    for (const layer of LINK_WARM_LAYERS) {
      const features = samples[layer.source]!.features;
      expect(
        features.filter((f) => keeps(layer.filter, f)),
        layer.id,
      ).not.toHaveLength(0);
    }
  });
});
