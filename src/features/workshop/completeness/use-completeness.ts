/** The completeness of the actors, computed once per set of actors (the domain is `completeness.ts`). */
import { useMemo } from 'react';
import type { ActorRecordFeature } from '../../../core/model';
import { completeness, type Completeness } from './completeness';

export function useCompleteness(actors: readonly ActorRecordFeature[], limit?: number): Completeness {
  return useMemo(() => completeness(actors, limit === undefined ? {} : { limit }), [actors, limit]);
}
