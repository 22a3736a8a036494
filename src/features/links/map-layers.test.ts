import { describe, expect, it } from 'vitest';
import { LINK_LAYERS, LINK_LINES_SOURCE, LINK_POINTS_SOURCE, linkedRingLayer, linkTypeLayer, linkWarmSamples } from './map-layers';
import { LINK_TYPES } from '../../core/vocabulary';
import { LINK_STYLES, OUTSIDE_LINE_COLOR } from './link-palette';
import { contrastRatio, parseColor } from '../../shared/color-contrast';
import { BASEMAP_COLORS } from '../../shared/palette';

const DIMMED = ['==', ['get', 'dimmed'], 1];

describe('the links on the map', () => {
  it('draws a link to a fiche outside the filters grey, keeping its type’s dashes', () => {
    const layer = linkTypeLayer('partenaire');
    expect(layer.paint?.['line-color']).toEqual(['case', DIMMED, OUTSIDE_LINE_COLOR, LINK_STYLES.partenaire.color]);
    expect(layer.paint?.['line-dasharray']).toEqual([4, 2]);
    expect(layer.paint?.['line-opacity']).toBeUndefined();
  });

  it('rings a linked fiche outside the filters grey too', () => {
    expect(linkedRingLayer.paint?.['circle-stroke-color']).toContain(OUTSIDE_LINE_COLOR);
  });

  it('keeps the grey line visible on the land (3:1 at least)', () => {
    const grey = parseColor(OUTSIDE_LINE_COLOR)!;
    const land = parseColor(BASEMAP_COLORS.land)!;
    expect(contrastRatio(grey, land)).toBeGreaterThanOrEqual(3);
  });
});

describe('the samples that warm the links’ layers (useWarmLayers)', () => {
  it('give every layer something to draw: a line of each type, and a ring', () => {
    const samples = linkWarmSamples([2, 47], [2.5, 47]);
    const lines = samples[LINK_LINES_SOURCE]!.features;
    expect(lines.map((f) => f.properties?.['type'])).toEqual([...LINK_TYPES.codes]);
    for (const layer of LINK_LAYERS.filter((l) => l.source === LINK_LINES_SOURCE && l.filter)) {
      expect(
        lines.some((f) => f.properties?.['type'] === (layer.filter as unknown[])[2]),
        layer.id,
      ).toBe(true);
    }
    expect(lines.every((f) => f.geometry.type === 'LineString')).toBe(true);
    expect(samples[LINK_POINTS_SOURCE]!.features).toHaveLength(1);
  });
});
