import { describe, expect, it } from 'vitest';
import { linkedRingLayer, linkTypeLayer } from './map-layers';
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
