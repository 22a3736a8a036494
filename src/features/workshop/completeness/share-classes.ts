/**
 * The classes of the completeness map: the share of complete fiches of each département in four
 * fixed quarters (a fixed scale reads the same from one sheet to the next), and their colours,
 * the coverage map's sequential scheme (ColorBrewer YlGnBu, darker: more complete).
 */
import type { TerritoryCompleteness } from './completeness';
import { COVERAGE_PALETTE } from '../../coverage/map-layers';

/** Lower bounds of classes 1 to 3; class 0 starts at 0. */
export const SHARE_BREAKS = [0.25, 0.5, 0.75] as const;
export const SHARE_PALETTE: readonly string[] = COVERAGE_PALETTE.slice(1);

export function shareClass(share: number): number {
  let k = 0;
  while (k < SHARE_BREAKS.length && share >= SHARE_BREAKS[k]!) k += 1;
  return k;
}

/** Each département with fiches, by its class; the fiches with no département are not drawn. */
export function departementClasses(rows: readonly TerritoryCompleteness[]): Map<string, number> {
  const classes = new Map<string, number>();
  for (const r of rows) if (r.code !== '' && r.count > 0) classes.set(r.code, shareClass(r.completeShare));
  return classes;
}
