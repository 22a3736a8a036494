import { describe, expect, it } from 'vitest';
import { departementLocator, type DepartementShape } from './departement-shapes';

const square = (code: string, [w, s, e, n]: [number, number, number, number]): DepartementShape => ({
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

// Two squares side by side along the meridian 1°E, and an island far away.
const locate = departementLocator([
  square('A', [0, 46, 1, 47]),
  square('B', [1, 46, 2, 47]),
  {
    type: 'Feature',
    properties: { code: 'I' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [55, -21],
            [56, -21],
            [56, -20],
            [55, -20],
            [55, -21],
          ],
        ],
      ],
    },
  },
]);

// 0.001° of latitude is 111 m.
describe('departementLocator', () => {
  it('finds the département holding the point, polygon or multipolygon', () => {
    expect(locate(0.5, 46.5)).toBe('A');
    expect(locate(1.5, 46.5)).toBe('B');
    expect(locate(55.5, -20.5)).toBe('I');
  });

  it('counts a point just beyond the coast (under 200 m) as inside', () => {
    expect(locate(0.5, 47.001)).toBe('A');
    expect(locate(55.5, -21.0015)).toBe('I');
  });

  it('leaves a point farther out at sea or abroad outside every département', () => {
    expect(locate(0.5, 47.003)).toBeUndefined();
    expect(locate(-3, 45.5)).toBeUndefined();
    expect(locate(10, 10)).toBeUndefined();
  });
});
