import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { chosenExtent } from './territory-extent';

const square = (code: string, west: number, south: number, east: number, north: number): Feature<Polygon, { code: string }> => ({
  type: 'Feature',
  properties: { code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  },
});

const shapes = {
  regions: { features: [square('75', -2, 43, 2, 47), square('84', 2, 44, 7, 46.5)] },
  departements: { features: [square('33', -1.3, 44.2, 0.3, 45.6), square('86', -0.1, 46, 1.2, 47.2), square('69', 4.2, 45.4, 5.2, 46.3)] },
};

describe('the extent of the chosen territories', () => {
  it('is the région chosen, or the union of several', () => {
    expect(chosenExtent(shapes, ['75'], [])).toEqual([-2, 43, 2, 47]);
    expect(chosenExtent(shapes, ['75', '84'], [])).toEqual([-2, 43, 7, 47]);
  });

  it('narrows to the départements chosen, even inside a chosen région', () => {
    expect(chosenExtent(shapes, ['75'], ['33', '86'])).toEqual([-1.3, 44.2, 1.2, 47.2]);
  });

  it('is null when nothing, or nothing known, is chosen', () => {
    expect(chosenExtent(shapes, [], [])).toBeNull();
    expect(chosenExtent(shapes, ['99'], [])).toBeNull();
  });
});
