import { describe, expect, it } from 'vitest';
import { readingOrder, rovingTarget } from './marker-order';

describe('the reading order of the markers', () => {
  it('reads north to south in bands, west to east inside a band', () => {
    // Lille (top), Brest and Strasbourg (one band), Bordeaux and Lyon and Nice, Marseille a bit lower.
    const points = [
      { x: 500, y: 300 }, // 0 Lyon
      { x: 100, y: 120 }, // 1 Brest
      { x: 400, y: 20 }, // 2 Lille
      { x: 650, y: 130 }, // 3 Strasbourg
      { x: 250, y: 310 }, // 4 Bordeaux
      { x: 700, y: 335 }, // 5 Nice
      { x: 520, y: 420 }, // 6 Marseille
    ];
    expect(readingOrder(points)).toEqual([2, 1, 3, 4, 0, 5, 6]);
  });

  it('keeps equal positions in their given order, and an empty list empty', () => {
    expect(
      readingOrder([
        { x: 5, y: 5 },
        { x: 5, y: 5 },
      ]),
    ).toEqual([0, 1]);
    expect(readingOrder([])).toEqual([]);
  });
});

describe('the arrow keys among the markers', () => {
  it('move forward and back, stop at the ends, jump with Home and End', () => {
    expect(rovingTarget('ArrowRight', 2, 5)).toBe(3);
    expect(rovingTarget('ArrowDown', 4, 5)).toBe(4);
    expect(rovingTarget('ArrowLeft', 0, 5)).toBe(0);
    expect(rovingTarget('ArrowUp', 3, 5)).toBe(2);
    expect(rovingTarget('Home', 3, 5)).toBe(0);
    expect(rovingTarget('End', 1, 5)).toBe(4);
    expect(rovingTarget('Enter', 1, 5)).toBeNull();
    expect(rovingTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
