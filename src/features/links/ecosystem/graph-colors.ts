/**
 * Colours of the graph when a fiche is open. Grey means one thing, « hors des filtres »
 * (`OUTSIDE_COLOR`): the nodes and links not linked to the open fiche keep their own colour,
 * paled towards the canvas's background, so that they never look like fiches outside the filters.
 */

/** The canvas's background (ecosystem.css, `.graph-canvas`). */
const BACKGROUND = [0xfb, 0xfa, 0xf7] as const;

/** `hex` (#rrggbb) mixed with the background: `keep` of the colour is kept (0–1). */
export function paled(hex: string, keep = 0.3): string {
  const channels = [1, 3, 5].map((i, c) => {
    const value = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(value * keep + (BACKGROUND[c] ?? 255) * (1 - keep));
  });
  return `#${channels.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
