/**
 * Where the map must look so that what was opened shows in the part of the map nothing covers:
 * the panels lying over the map (the fiche on the right on a desktop, at the bottom on a phone)
 * become padding on the side they cover, and a point is "in view" only inside what is left.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A free margin kept on every side, so that a marker never lands against an edge or under a control. */
export const VIEW_MARGIN = 40;

/**
 * The padding the panels impose on the map: a panel covers the side it is closest to (a sheet
 * as wide as the map covers its bottom or top, a column its right or left). Panels that do not
 * overlap the map change nothing. Never leaves less than a fifth of the map on either axis.
 */
export function coveredPadding(map: Box, panels: readonly Box[], margin = VIEW_MARGIN): Padding {
  const covered: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const panel of panels) {
    const left = Math.max(map.left, panel.left);
    const right = Math.min(map.right, panel.right);
    const top = Math.max(map.top, panel.top);
    const bottom = Math.min(map.bottom, panel.bottom);
    if (right - left <= 0 || bottom - top <= 0) continue;
    const wide = (right - left) / width >= (bottom - top) / height;
    if (wide) {
      if (map.bottom - bottom <= top - map.top) covered.bottom = Math.max(covered.bottom, map.bottom - top);
      else covered.top = Math.max(covered.top, bottom - map.top);
    } else if (map.right - right <= left - map.left) covered.right = Math.max(covered.right, map.right - left);
    else covered.left = Math.max(covered.left, right - map.left);
  }
  const keepX = width / 5;
  const keepY = height / 5;
  const fit = (a: number, b: number, size: number, keep: number): [number, number] => {
    const total = a + b + 2 * margin;
    if (size - total >= keep) return [a + margin, b + margin];
    // Shrink the margins first, then the covered sides in proportion.
    const room = Math.max(0, size - keep);
    const scale = total === 0 ? 0 : room / total;
    return [(a + margin) * scale, (b + margin) * scale];
  };
  const [top, bottom] = fit(covered.top, covered.bottom, height, keepY);
  const [left, right] = fit(covered.left, covered.right, width, keepX);
  return { top, right, bottom, left };
}

/** True when the screen point (relative to the map's top-left corner) lies in the uncovered part. */
export function inClearView(point: { x: number; y: number }, size: { width: number; height: number }, padding: Padding): boolean {
  return (
    point.x >= padding.left && point.x <= size.width - padding.right && point.y >= padding.top && point.y <= size.height - padding.bottom
  );
}

/**
 * The screen offset of the uncovered part's centre from the map's centre: a camera centred on a
 * point with this offset shows the point in the middle of what is left of the map.
 */
export function clearViewOffset(padding: Padding): [number, number] {
  return [(padding.left - padding.right) / 2, (padding.top - padding.bottom) / 2];
}
