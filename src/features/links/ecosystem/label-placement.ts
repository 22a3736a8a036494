/**
 * Which node labels to draw so that none covers another: the most important first (the open
 * fiche, the node pointed at, its neighbours, the bridges, then the larger nodes), each kept only
 * when its box overlaps none already kept. Pure: the drawing (`graph-labels.ts`) measures the
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
}

/** Space kept free between two labels, in px. */
const GAP = 2;

export function overlaps(a: LabelBox, b: LabelBox, gap = GAP): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** The boxes kept, in drawing order (most important first). */
export function placeLabels(candidates: readonly LabelBox[]): LabelBox[] {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || b.size - a.size || (a.id < b.id ? -1 : 1));
  const kept: LabelBox[] = [];
  for (const box of order) {
    if (!kept.some((other) => overlaps(box, other))) kept.push(box);
  }
  return kept;
}
