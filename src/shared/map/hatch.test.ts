import { describe, expect, it } from 'vitest';
import { HATCH_COLOR, hatchImage } from './hatch';

const pixel = (tile: ReturnType<typeof hatchImage>, x: number, y: number) => [
  ...tile.data.slice((y * tile.width + x) * 4, (y * tile.width + x) * 4 + 4),
];

describe('hatchImage', () => {
  it('draws 2-pixel diagonal strokes of the line colour, on nothing by default', () => {
    const tile = hatchImage(HATCH_COLOR);
    expect(tile.width).toBe(8);
    expect(tile.data.length).toBe(8 * 8 * 4);
    expect(pixel(tile, 0, 0)).toEqual([0x6b, 0x64, 0x58, 255]);
    expect(pixel(tile, 1, 0)).toEqual([0x6b, 0x64, 0x58, 255]);
    expect(pixel(tile, 7, 1)).toEqual([0x6b, 0x64, 0x58, 255]);
    expect(pixel(tile, 3, 0)).toEqual([0, 0, 0, 0]);
  });

  it('fills the rest with the ground colour when one is given', () => {
    const tile = hatchImage('#000000', '#ffffff');
    expect(pixel(tile, 0, 0)).toEqual([0, 0, 0, 255]);
    expect(pixel(tile, 3, 0)).toEqual([255, 255, 255, 255]);
  });
});
