/**
 * The map's markers as one tab stop: Tab reaches one marker (the last one used, or the first in
 * reading order), the arrow keys go from one to the next in reading order (north to south, west to
 * east: `marker-order.ts`), Home and End to the first and the last. Markers outside the map's box
 * are left out. Each keeps its spoken name; the next Tab goes on to the map's controls.
 */
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { readingOrder, rovingTarget } from './marker-order';

export interface MarkerRoving {
  /** Orders the markers again and gives the tab stop to one of them; after every draw. */
  update: (markers: Iterable<Marker>) => void;
  dispose: () => void;
}

export function markerRoving(map: MapLibreMap): MarkerRoving {
  let ordered: HTMLElement[] = [];
  let active: HTMLElement | null = null;

  const update = (markers: Iterable<Marker>) => {
    // The map's size from its canvas's buffer, not its box: right after the markers changed, reading
    // a box forced the page's layout in the keystroke's task (20–55 ms at 100,000 fiches).
    const canvas = map.getCanvas();
    const width = canvas.width / map.getPixelRatio();
    const height = canvas.height / map.getPixelRatio();
    const inView: { el: HTMLElement; x: number; y: number }[] = [];
    for (const marker of markers) {
      const el = marker.getElement();
      if (el.getAttribute('tabindex') !== '-1') el.tabIndex = -1;
      // Where MapLibre draws it once the map is still: on whole pixels, or a marker on a band's
      // edge would be read in another line than the one it is seen in.
      const { x, y } = map.project(marker.getLngLat()).round();
      if (x >= 0 && y >= 0 && x <= width && y <= height) inView.push({ el, x, y });
    }
    ordered = readingOrder(inView).flatMap((i) => inView[i]?.el ?? []);
    if (!active || !ordered.includes(active)) active = ordered[0] ?? null;
    if (active) active.tabIndex = 0;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const el = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.atlas-marker') : null;
    if (!el || event.altKey || event.ctrlKey || event.metaKey) return;
    const from = ordered.indexOf(el);
    if (from < 0) return;
    const to = rovingTarget(event.key, from, ordered.length);
    if (to === null) return;
    // The map itself pans with the arrows: not while they move between markers.
    event.preventDefault();
    event.stopPropagation();
    const next = ordered[to];
    if (!next) return;
    if (active) active.tabIndex = -1;
    active = next;
    next.tabIndex = 0;
    next.focus({ preventScroll: true });
  };

  const onFocusIn = (event: FocusEvent) => {
    const el = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.atlas-marker') : null;
    if (!el || !ordered.includes(el) || el === active) return;
    if (active) active.tabIndex = -1;
    active = el;
    el.tabIndex = 0;
  };

  const host = map.getCanvasContainer();
  // Captured: before MapLibre's own keyboard handler sees the arrows.
  host.addEventListener('keydown', onKeyDown, true);
  host.addEventListener('focusin', onFocusIn);
  return {
    update,
    dispose: () => {
      host.removeEventListener('keydown', onKeyDown, true);
      host.removeEventListener('focusin', onFocusIn);
    },
  };
}
