import { describe, expect, it } from 'vitest';
import { paled } from './graph-colors';
import { OUTSIDE_COLOR, PROFILE_COLORS } from '../link-palette';

describe('paled', () => {
  it('mixes the colour with the canvas background', () => {
    expect(paled('#000000', 0.3)).toBe('#b0afad');
    expect(paled('#0072B2', 0.3)).toBe('#b0d1e2');
    expect(paled('#fbfaf7', 0.3)).toBe('#fbfaf7');
  });

  it('keeps a paled profile colour apart from the grey of the nodes outside the filters', () => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [gr = 0, gg = 0, gb = 0] = rgb(OUTSIDE_COLOR);
    for (const colour of Object.values(PROFILE_COLORS)) {
      const [r = 0, g = 0, b = 0] = rgb(paled(colour));
      // A hue of its own: its channels spread more than the grey's.
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeGreaterThan(Math.max(gr, gg, gb) - Math.min(gr, gg, gb) + 10);
    }
  });
});
