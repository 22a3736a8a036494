import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cameraForExtent, fitExtent, type TerritoryShapes } from './embed-fit';

const square = (code: string, w: number, s: number, e: number, n: number): Feature<Polygon, { code: string }> => ({
  type: 'Feature',
  properties: { code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  },
});

const corsica: Feature<MultiPolygon, { code: string }> = {
  type: 'Feature',
  properties: { code: '2A' },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [8.5, 41.4],
          [9.4, 41.4],
          [9.4, 42.0],
          [8.5, 42.0],
          [8.5, 41.4],
        ],
      ],
      [
        [
          [9.0, 42.0],
          [9.5, 42.0],
          [9.5, 42.4],
          [9.0, 42.4],
          [9.0, 42.0],
        ],
      ],
    ],
  },
};

const shapes: TerritoryShapes = {
  regions: { features: [square('84', 2.06, 44.11, 7.19, 46.8)] },
  departements: { features: [square('75', 2.22, 48.81, 2.47, 48.91), corsica] },
};

describe('fitExtent', () => {
  it('finds régions and départements in the basemap shapes', () => {
    expect(fitExtent('r84', shapes)).toEqual([2.06, 44.11, 7.19, 46.8]);
    expect(fitExtent('d75', shapes)).toEqual([2.22, 48.81, 2.47, 48.91]);
    // Every part of a multipolygon counts.
    expect(fitExtent('d2A', shapes)).toEqual([8.5, 41.4, 9.5, 42.4]);
  });

  it('knows the territory views without any shapes', () => {
    expect(fitExtent('metropole', undefined)).toEqual([-5.3, 41.2, 9.7, 51.2]);
    expect(fitExtent('974', undefined)).toEqual([55.1, -21.5, 55.9, -20.8]);
  });

  it('gives null for a territory it does not know or before the shapes are loaded', () => {
    expect(fitExtent('r11', shapes)).toBeNull();
    expect(fitExtent('d75', undefined)).toBeNull();
    expect(fitExtent('x75', shapes)).toBeNull();
  });
});

describe('cameraForExtent', () => {
  it('shows the whole world in 512 px at zoom 0, centred on 0,0', () => {
    const c = cameraForExtent([-180, -85.0511, 180, 85.0511], { width: 512, height: 512 });
    expect(c.zoom).toBeCloseTo(0, 2);
    expect(c.lon).toBe(0);
    expect(c.lat).toBeCloseTo(0, 6);
  });

  it('zooms one level in when the map is twice as large', () => {
    expect(cameraForExtent([-180, -85.0511, 180, 85.0511], { width: 1024, height: 1024 }).zoom).toBeCloseTo(1, 2);
  });

  it('fits metropolitan France in 800 × 600 by its height (hand-checked Mercator)', () => {
    // Width allows log2(800 / (15/360 × 512)) = log2(37.5) = 5.23; height: y(41.2) − y(51.2) =
    // 0.374189 − 0.333893 = 0.040296 of the world, log2(600 / (0.040296 × 512)) = 4.862.
    const c = cameraForExtent([-5.3, 41.2, 9.7, 51.2], { width: 800, height: 600 });
    expect(c.zoom).toBe(4.86);
    expect(c.lon).toBeCloseTo(2.2, 6);
    // The Mercator middle is north of the arithmetic mean (46.2).
    expect(c.lat).toBeCloseTo(46.43, 2);
  });

  it('keeps the padding free and clamps the zoom', () => {
    const padded = cameraForExtent([-5.3, 41.2, 9.7, 51.2], { width: 840, height: 640, padding: 20 });
    expect(padded.zoom).toBe(4.86);
    const paris = cameraForExtent([2.22, 48.81, 2.47, 48.91], { width: 800, height: 600, maxZoom: 10 });
    expect(paris.zoom).toBe(10);
    const tiny = cameraForExtent([2.3, 48.8, 2.3, 48.8], { width: 0, height: -5, minZoom: 3, maxZoom: 14 });
    expect(tiny.zoom).toBe(14);
    expect(Number.isFinite(tiny.lat)).toBe(true);
  });
});
