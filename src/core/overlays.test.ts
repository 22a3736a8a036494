import { describe, expect, it } from 'vitest';
import { coverageOverlayId, overlayLevel, parseCoverageOverlay } from './overlays';

describe('coverage overlay ids', () => {
  it('reads the ids of the coverage views', () => {
    expect(parseCoverageOverlay('coverage')).toEqual({ kind: 'coverage', level: 'departement' });
    expect(parseCoverageOverlay('coverage-region')).toEqual({ kind: 'coverage', level: 'region' });
    expect(parseCoverageOverlay('white:25')).toEqual({ kind: 'white', distance: 25 });
    expect(parseCoverageOverlay('ranking:chomage')).toEqual({ kind: 'ranking', measure: 'chomage' });
  });

  it('leaves other overlays and unknown distances alone', () => {
    expect(parseCoverageOverlay(null)).toBeNull();
    expect(parseCoverageOverlay('fragility:chomage')).toBeNull();
    expect(parseCoverageOverlay('white:30')).toBeNull();
    expect(parseCoverageOverlay('ranking:')).toBeNull();
    expect(parseCoverageOverlay('ranking:Chômage')).toBeNull();
  });

  it('writes back the id it read', () => {
    for (const id of ['coverage', 'coverage-region', 'white:10', 'white:50', 'ranking:sociale']) {
      const overlay = parseCoverageOverlay(id);
      expect(overlay && coverageOverlayId(overlay)).toBe(id);
    }
  });

  it('colours départements for the white zones, régions for the ranking', () => {
    expect(overlayLevel({ kind: 'white', distance: 10 })).toBe('departement');
    expect(overlayLevel({ kind: 'ranking', measure: 'sociale' })).toBe('region');
    expect(overlayLevel({ kind: 'coverage', level: 'region' })).toBe('region');
  });
});
