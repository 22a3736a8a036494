import { describe, expect, it } from 'vitest';
import { nearFitBounds, radiusReaching } from './near-fit';
import { RADII } from '../../core/url-state';

describe('nearFitBounds', () => {
  const circle: [number, number, number, number] = [1.5, 45.9, 2.2, 46.4];

  it('keeps the circle when every result lies in it', () => {
    expect(nearFitBounds(circle, [[1.9, 46.2]])).toEqual(circle);
  });

  it('grows to the nearest results beyond the radius', () => {
    expect(
      nearFitBounds(circle, [
        [1.25, 45.83],
        [2.6, 46.9],
      ]),
    ).toEqual([1.25, 45.83, 2.6, 46.9]);
  });

  it('ignores unplaced points', () => {
    expect(nearFitBounds(circle, [[NaN, NaN]])).toEqual(circle);
  });
});

describe('radiusReaching', () => {
  it('offers 100 km when the nearest is 62 km away from a 25 km search (not 50)', () => {
    expect(radiusReaching(RADII, 25, 62)).toBe(100);
  });

  it('offers the next radius when it is enough', () => {
    expect(radiusReaching(RADII, 10, 18.4)).toBe(25);
    expect(radiusReaching(RADII, 25, 50)).toBe(50);
  });

  it('offers nothing when no radius reaches the nearest', () => {
    expect(radiusReaching(RADII, 25, 140)).toBeNull();
    expect(radiusReaching(RADII, 100, 120)).toBeNull();
  });
});
