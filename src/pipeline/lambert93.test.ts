import { describe, expect, it } from 'vitest';
import { lambert93ToLonLat, looksLikeLambert93 } from './lambert93';

describe('lambert93ToLonLat', () => {
  it('gives the projection’s origin back: 700 000 m, 6 600 000 m is 3° E, 46.5° N', () => {
    const [lon, lat] = lambert93ToLonLat(700_000, 6_600_000);
    expect(lon).toBeCloseTo(3, 9);
    expect(lat).toBeCloseTo(46.5, 9);
  });

  it('places Paris and Strasbourg where they are', () => {
    const [parisLon, parisLat] = lambert93ToLonLat(652_000, 6_862_000);
    expect([parisLon.toFixed(4), parisLat.toFixed(4)]).toEqual(['2.3458', '48.8562']);
    const [strasLon, strasLat] = lambert93ToLonLat(1_050_000, 6_840_000);
    expect([strasLon.toFixed(4), strasLat.toFixed(4)]).toEqual(['7.7465', '48.5655']);
  });

  it('recognises metropolitan France’s range only', () => {
    expect(looksLikeLambert93(497_000, 6_586_000)).toBe(true);
    expect(looksLikeLambert93(46.58, 0.34)).toBe(false);
    expect(looksLikeLambert93(6_586_000, 497_000)).toBe(false);
  });
});
