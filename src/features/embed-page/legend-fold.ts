/**
 * In a short frame the legend would cover much of the map: it starts folded (its button still
 * unfolds it). The map's legend reads the page's `data-legend-folded` attribute once, when it
 * first shows.
 */

/** Frames shorter than this (CSS pixels) start with the legend folded. */
export const FOLDED_LEGEND_BELOW = 700;

export function legendStartsFolded(frameHeight: number): boolean {
  return frameHeight < FOLDED_LEGEND_BELOW;
}

/** Marks the page so that the map's legend starts folded in a short frame. */
export function markLegendFold(root: HTMLElement, frameHeight: number): void {
  if (legendStartsFolded(frameHeight)) root.dataset['legendFolded'] = 'true';
  else delete root.dataset['legendFolded'];
}
