/**
 * Geometry of a radar chart of fragility scores (0 at the centre, 10 on the outer ring, as the
 * IMPACT study draws them): the first axis points up, the others follow clockwise.
 */

/** The outer ring's score. */
export const RADAR_MAX = 10;

export interface RadarPoint {
  x: number;
  y: number;
}

/** The angle of axis `i` of `n`, in radians (screen coordinates: y grows downwards). */
export function radarAngle(i: number, n: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

/** Where score `score` sits on axis `i` of `n`, relative to the centre, for a chart of radius `radius`. */
export function radarPoint(i: number, n: number, score: number, radius: number): RadarPoint {
  const r = (radius * Math.max(0, score)) / RADAR_MAX;
  const angle = radarAngle(i, n);
  return { x: round(r * Math.cos(angle)), y: round(r * Math.sin(angle)) };
}

/** The `points` attribute of a polygon through the scores (a missing score sits at the centre). */
export function radarPolygon(scores: readonly (number | null)[], radius: number): string {
  return scores
    .map((score, i) => radarPoint(i, scores.length, score ?? 0, radius))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}

function round(x: number): number {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r;
}
