/**
 * What lies over the live map: the fiche panel (`.detail-panel`) on the right of a desktop or at
 * the bottom of a phone. Measured from the page when asked, so that any layout (the embed's, a
 * sheet resized) gives the right padding.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { coveredPadding, type Box, type Padding } from './follow-camera';

const COVERING = '.detail-panel';

function box(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** The padding that keeps a camera's subject clear of the panels covering the map. */
export function mapCoverPadding(map: MapLibreMap, margin?: number): Padding {
  const container = map.getContainer();
  const panels = [...document.querySelectorAll(COVERING)].filter((el) => el.getClientRects().length > 0).map(box);
  return coveredPadding(box(container), panels, margin);
}

/** The panels covering the map, to watch their size. */
export function mapCoverElements(): Element[] {
  return [...document.querySelectorAll(COVERING)];
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
