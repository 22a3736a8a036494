/** Screenshots as pixels, decoded in node (pngjs): RGBA, 4 bytes a pixel, row after row. */
import { PNG } from 'pngjs';

export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

export function decodePng(png: Buffer): Pixels {
  const { width, height, data } = PNG.sync.read(png);
  return { width, height, data };
}
