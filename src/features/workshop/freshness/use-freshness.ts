/** The fiches due for a check, computed once per set of actors, day and period (the domain is `freshness.ts`). */
import { useMemo } from 'react';
import type { ActorRecordFeature } from '../../../core/model';
import { freshness, type Freshness } from './freshness';

export function useFreshness(actors: readonly ActorRecordFeature[], today: string, months: number): Freshness {
  return useMemo(() => freshness(actors, { today, months }), [actors, today, months]);
}
