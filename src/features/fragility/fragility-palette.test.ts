/**
 * The fragility scale for every reader: its colours get darker at each step, in full colour and as
 * seen with protanopia, deuteranopia and tritanopia, and the overseas "no data" grey is not
 * mistaken for a step of the scale; and no step looks like a practice colour of the markers drawn
 * over it.
 */
import { describe, expect, it } from 'vitest';
import { deltaE2000, luminance, over, parseColor, simulateColorVision, type Rgb } from '../../shared/color-contrast';
import { BASEMAP_COLORS, NO_PRACTICE_COLOR, PRACTICE_COLORS } from '../../shared/palette';
import { FRAGILITY_FILL_OPACITY, FRAGILITY_NODATA_COLOR, FRAGILITY_PALETTE, fragilityHatchImage } from './map-layers';

/** A step as drawn: at the layer's opacity over the land. */
function onLand(hex: string): Rgb {
  const c = parseColor(hex);
  const land = parseColor(BASEMAP_COLORS.land);
  if (!c || !land) throw new Error(hex);
  return over({ ...c, a: FRAGILITY_FILL_OPACITY }, land);
}

function rgb(hex: string): Rgb {
  const c = parseColor(hex);
  if (!c) throw new Error(hex);
  return c;
}

const VISIONS = ['protanopia', 'deuteranopia', 'tritanopia'] as const;

describe('FRAGILITY_PALETTE', () => {
  it('is sequential: each step darker than the last, for every colour vision', () => {
    const views: [string, (c: Rgb) => Rgb][] = [
      ['normal', (c) => c],
      ...VISIONS.map((v): [string, (c: Rgb) => Rgb] => [v, (c) => simulateColorVision(c, v)]),
    ];
    for (const [name, see] of views) {
      const l = FRAGILITY_PALETTE.map((hex) => luminance(see(rgb(hex))));
      for (let i = 1; i < l.length; i += 1) expect(l[i], `${name} step ${i}`).toBeLessThan(l[i - 1] ?? 0);
    }
  });

  it('keeps neighbouring steps apart (CIEDE2000 ≥ 9) as drawn over the land, for every colour vision', () => {
    for (const vision of VISIONS) {
      for (let i = 1; i < FRAGILITY_PALETTE.length; i += 1) {
        const a = simulateColorVision(onLand(FRAGILITY_PALETTE[i - 1] ?? ''), vision);
        const b = simulateColorVision(onLand(FRAGILITY_PALETTE[i] ?? ''), vision);
        expect(deltaE2000(a, b), `${vision} step ${i}`).toBeGreaterThanOrEqual(9);
      }
    }
  });

  it('keeps neighbouring steps apart (CIEDE2000 ≥ 10) as specified, for every colour vision', () => {
    for (const vision of VISIONS) {
      for (let i = 1; i < FRAGILITY_PALETTE.length; i += 1) {
        const a = simulateColorVision(rgb(FRAGILITY_PALETTE[i - 1] ?? ''), vision);
        const b = simulateColorVision(rgb(FRAGILITY_PALETTE[i] ?? ''), vision);
        expect(deltaE2000(a, b), `${vision} step ${i}`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('has a hatched no-data tile whose ground is none of its steps', () => {
    // The hatching, not the grey, says "no data"; the grey must still not be a step of the scale.
    for (const step of FRAGILITY_PALETTE) expect(deltaE2000(rgb(FRAGILITY_NODATA_COLOR), rgb(step))).toBeGreaterThanOrEqual(5);
    const tile = fragilityHatchImage();
    expect(tile.data).toHaveLength(tile.width * tile.height * 4);
    // Two colours in the tile: the lines and the ground.
    const colours = new Set<string>();
    for (let p = 0; p < tile.data.length; p += 4) colours.add(`${tile.data[p]},${tile.data[p + 1]},${tile.data[p + 2]}`);
    expect(colours.size).toBe(2);
  });

  /** Every (step, marker colour) pair, the step as drawn over the land. */
  const markerColours = { ...PRACTICE_COLORS, none: NO_PRACTICE_COLOR };
  const pairs = FRAGILITY_PALETTE.flatMap((step) => Object.entries(markerColours).map(([name, hex]) => ({ step, name, hex })));

  it('never looks like a practice colour (CIEDE2000 ≥ 15 between every step and every marker colour)', () => {
    const close = pairs
      .map(({ step, name, hex }) => ({ pair: `${step}/${name}`, dE: Math.round(deltaE2000(onLand(step), rgb(hex)) * 10) / 10 }))
      .filter((d) => d.dE < 15);
    expect(close).toEqual([]);
    // The scale it replaces (ColorBrewer PuRd) put its middle step 5.7 from « Gestion d'un lieu ».
    expect(deltaE2000(onLand('#df65b0'), rgb(PRACTICE_COLORS.lieu))).toBeLessThan(6);
  });

  it('stays apart from the practice colours with colour-vision deficiencies too (CIEDE2000 ≥ 5)', () => {
    for (const vision of VISIONS) {
      const close = pairs
        .map(({ step, name, hex }) => ({
          pair: `${vision} ${step}/${name}`,
          dE: Math.round(deltaE2000(simulateColorVision(onLand(step), vision), simulateColorVision(rgb(hex), vision)) * 10) / 10,
        }))
        .filter((d) => d.dE < 5);
      expect(close).toEqual([]);
    }
  });
});
