import { describe, expect, it } from 'vitest';
import { clearViewOffset, coveredPadding, inClearView } from './follow-camera';

// A 1440×900 page: the map under a 64 px header, right of a 360 px sidebar.
const DESKTOP_MAP = { left: 360, top: 64, right: 1440, bottom: 900 };
// The fiche panel, 416 px wide, on the right of the map.
const FICHE = { left: 1024, top: 64, right: 1440, bottom: 900 };

describe('coveredPadding', () => {
  it('pads the right side by the fiche panel on a desktop, plus the margin', () => {
    expect(coveredPadding(DESKTOP_MAP, [FICHE], 40)).toEqual({ top: 40, right: 456, bottom: 40, left: 40 });
  });

  it('pads the bottom by a phone’s sheet', () => {
    const map = { left: 0, top: 100, right: 390, bottom: 844 };
    const sheet = { left: 0, top: 400, right: 390, bottom: 844 };
    expect(coveredPadding(map, [sheet], 20)).toEqual({ top: 20, right: 20, bottom: 464, left: 20 });
  });

  it('ignores a panel that does not overlap the map', () => {
    expect(coveredPadding(DESKTOP_MAP, [{ left: 0, top: 64, right: 360, bottom: 900 }], 10)).toEqual({
      top: 10,
      right: 10,
      bottom: 10,
      left: 10,
    });
  });

  it('always leaves a fifth of the map free', () => {
    const map = { left: 0, top: 0, right: 400, bottom: 800 };
    const padding = coveredPadding(map, [{ left: 0, top: 50, right: 400, bottom: 800 }], 40);
    expect(800 - padding.top - padding.bottom).toBeCloseTo(160, 6);
  });
});

describe('inClearView and clearViewOffset', () => {
  const padding = { top: 40, right: 456, bottom: 40, left: 40 };
  const size = { width: 1080, height: 836 };

  it('tells a point under the panel from one in the free part', () => {
    expect(inClearView({ x: 300, y: 400 }, size, padding)).toBe(true);
    expect(inClearView({ x: 900, y: 400 }, size, padding)).toBe(false);
    expect(inClearView({ x: -50, y: 400 }, size, padding)).toBe(false);
  });

  it('centres the camera in the free part: left of the panel', () => {
    expect(clearViewOffset(padding)).toEqual([-208, 0]);
  });
});
