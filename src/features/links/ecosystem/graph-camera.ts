/**
 * The graph's camera moves: zoom in and out, the whole graph, or a set of nodes framed. Sigma's
 * camera works in "framed" coordinates where the whole graph spans 0–1 and ratio 1 shows it all.
 */
import type Sigma from 'sigma';

/** Each zoom button's step. */
export const ZOOM_FACTOR = 1.5;
/** Closest and farthest zooms (camera ratios). */
export const MIN_RATIO = 0.03;
export const MAX_RATIO = 3;
/** Room left around framed nodes. */
const FRAME_MARGIN = 1.6;
/** Never closer than this when framing (a single node would fill the view). */
const FRAME_MIN_RATIO = 0.12;

function duration(): number {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 300;
}

export function zoomIn(sigma: Sigma): void {
  void sigma.getCamera().animatedZoom({ factor: ZOOM_FACTOR, duration: duration() });
}

export function zoomOut(sigma: Sigma): void {
  void sigma.getCamera().animatedUnzoom({ factor: ZOOM_FACTOR, duration: duration() });
}

export function showWholeGraph(sigma: Sigma): void {
  void sigma.getCamera().animatedReset({ duration: duration() });
}

/** The camera that shows `points` (framed coordinates), or null for none. */
export function frameOf(points: readonly { x: number; y: number }[]): { x: number; y: number; ratio: number } | null {
  if (points.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const ratio = Math.min(1, Math.max(FRAME_MIN_RATIO, Math.max(maxX - minX, maxY - minY) * FRAME_MARGIN));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
}

/** Frames the nodes (the open fiche and its neighbours); the whole graph when there are none. */
export function frameNodes(sigma: Sigma, ids: readonly string[]): void {
  // Display positions are only framed (normalised) once sigma has processed the graph.
  sigma.refresh();
  const points = ids.flatMap((id) => {
    const data = sigma.getNodeDisplayData(id);
    return data ? [{ x: data.x, y: data.y }] : [];
  });
  const target = frameOf(points);
  if (!target) return showWholeGraph(sigma);
  void sigma.getCamera().animate(target, { duration: duration() });
}
