/**
 * The keyboard's reading order of the markers in view: north to south in bands a marker high,
 * west to east inside a band, as one reads a page. Screen positions, so that it holds at any zoom.
 */

export interface ScreenPoint {
  x: number;
  y: number;
}

/** The height of a band: markers whose tops lie within it are read as one line. */
export const READING_BAND = 40;

/** The indices of `points` in reading order. */
export function readingOrder(points: readonly ScreenPoint[], band = READING_BAND): number[] {
  const byY = points.map((_, i) => i).sort((a, b) => (points[a]?.y ?? 0) - (points[b]?.y ?? 0) || a - b);
  const order: number[] = [];
  let line: number[] = [];
  let lineTop = -Infinity;
  const flush = () => {
    line.sort((a, b) => (points[a]?.x ?? 0) - (points[b]?.x ?? 0) || a - b);
    order.push(...line);
    line = [];
  };
  for (const i of byY) {
    const y = points[i]?.y ?? 0;
    if (y - lineTop > band) {
      flush();
      lineTop = y;
    }
    line.push(i);
  }
  flush();
  return order;
}

/** The position reached from `from` by a key, in a list of `count`; null for keys that do not move. */
export function rovingTarget(key: string, from: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, from + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, from - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
