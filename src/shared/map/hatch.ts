/** Diagonal hatching for `fill-pattern`: areas without data read as such, not as a colour. */

/** Colour of the hatching lines, on every overlay. */
export const HATCH_COLOR = '#6b6458';
/** Side of the tile, in pixels. */
const HATCH_SIZE = 8;

/** A tile of diagonal `line` strokes on `ground`, or on nothing (RGBA pixels, like ImageData). */
export function hatchImage(line: string, ground: string | null = null): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(HATCH_SIZE * HATCH_SIZE * 4);
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const stroke = rgb(line);
  const fill = ground === null ? null : rgb(ground);
  for (let y = 0; y < HATCH_SIZE; y += 1) {
    for (let x = 0; x < HATCH_SIZE; x += 1) {
      const colour = (x + y) % HATCH_SIZE <= 1 ? stroke : fill;
      if (!colour) continue;
      const p = (y * HATCH_SIZE + x) * 4;
      data[p] = colour[0] ?? 0;
      data[p + 1] = colour[1] ?? 0;
      data[p + 2] = colour[2] ?? 0;
      data[p + 3] = 255;
    }
  }
  return { width: HATCH_SIZE, height: HATCH_SIZE, data };
}
