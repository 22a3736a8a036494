/**
 * Which node labels to draw so that none covers another: the most important first (the open
 * fiche, the node pointed at, its neighbours, the bridges, then the larger nodes), each kept only
 * when its box overlaps none already kept, covers none of their nodes and its node is under none
 * of them. Pure: the drawing (`graph-labels.ts`) measures the
 * boxes and draws the labels kept.
 */

export interface LabelBox {
  /** The node's id. */
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher first; among equals, the larger node first. */
  priority: number;
  size: number;
  /** The labelled node's disc: no other label may cover it. */
  cx: number;
  cy: number;
  r: number;
}

/** From this priority up (the open fiche, the node pointed at), a label is drawn whatever it covers. */
export const ALWAYS_SHOWN = 4;

/** Space kept free between two labels, in px. */
const GAP = 2;

export function overlaps(a: LabelBox, b: LabelBox, gap = GAP): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** Whether the box covers the disc (centre `cx`, `cy`, radius `r`). */
export function coversDisc(box: LabelBox, cx: number, cy: number, r: number): boolean {
  const nearestX = Math.max(box.x, Math.min(cx, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(cy, box.y + box.height));
  return (nearestX - cx) ** 2 + (nearestY - cy) ** 2 < r * r;
}

/** The boxes kept, in drawing order (most important first). */
export function placeLabels<T extends LabelBox>(candidates: readonly T[]): T[] {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || b.size - a.size || (a.id < b.id ? -1 : 1));
  const kept: T[] = [];
  for (const box of order) {
    const clear = kept.every(
      (other) => !overlaps(box, other) && !coversDisc(box, other.cx, other.cy, other.r) && !coversDisc(other, box.cx, box.cy, box.r),
    );
    if (clear || box.priority >= ALWAYS_SHOWN) kept.push(box);
  }
  return kept;
}
