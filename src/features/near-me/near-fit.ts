/**
 * What the map shows of a near-me search, and how far « Élargir » goes: the circle and the results
 * listed (the nearest beyond the radius included, when none is within it); the smallest radius
 * offered that reaches the nearest result, so that widening never gives a second empty answer.
 */
type Bounds = [number, number, number, number];

/** The circle's bounds grown to hold every `[lon, lat]` given. */
export function nearFitBounds(circle: Bounds, points: readonly (readonly [number, number])[]): Bounds {
  let [west, south, east, north] = circle;
  for (const [lon, lat] of points) {
    if (Number.isNaN(lon) || Number.isNaN(lat)) continue;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

/**
 * The radius « Élargir » offers: the smallest of `radii` larger than `current` that reaches
 * `nearestKm` (the nearest result beyond the radius); null when none does.
 */
export function radiusReaching<R extends number>(radii: readonly R[], current: number, nearestKm: number): R | null {
  return radii.find((r) => r > current && r >= nearestKm) ?? null;
}
