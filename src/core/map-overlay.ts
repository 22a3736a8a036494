/**
 * Every overlay id the map knows: the coverage views (`coverage-overlay.ts`) and the fragility
 * overlay (`fragility-overlay.ts`). An id from a link that is neither is ignored with a notice.
 */
import { parseCoverageOverlay } from '../features/coverage/coverage-overlay';
import { parseFragilityOverlay } from '../features/fragility/fragility-overlay';

export function isKnownOverlayId(id: string): boolean {
  return parseCoverageOverlay(id) !== null || parseFragilityOverlay(id) !== null;
}
