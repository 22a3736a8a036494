/** The possible duplicates of the last check's actors, searched in a worker each time the check changes. */
import { useEffect, useRef, useState } from 'react';
import type { ActorRecordFeature } from '../../../core/model';
import type { DuplicatePair } from './duplicate-pairs';
import { createDuplicatesClient, type DuplicatesClient } from './duplicates-client';

export type DuplicatePairsState =
  | { status: 'idle' | 'searching'; pairs: readonly DuplicatePair[] }
  | { status: 'done'; pairs: readonly DuplicatePair[]; cappedBlocks: number }
  | { status: 'failed'; pairs: readonly DuplicatePair[]; error: string };

/** `exclude`: pairs already decided when the actors were checked (read once per set of actors). */
export function useDuplicatePairs(
  actors: readonly ActorRecordFeature[] | null,
  exclude: () => [string, string][] = () => [],
): DuplicatePairsState {
  const excluded = useRef(exclude);
  excluded.current = exclude;
  const [state, setState] = useState<DuplicatePairsState>({ status: 'idle', pairs: [] });
  const client = useRef<DuplicatesClient | null>(null);
  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => {
    if (!actors) {
      setState({ status: 'idle', pairs: [] });
      return;
    }
    let current = true;
    setState((s) => ({ status: 'searching', pairs: s.pairs }));
    client.current ??= createDuplicatesClient();
    client.current.find(actors, { exclude: excluded.current() }).then(
      (search) => current && setState({ status: 'done', pairs: search.pairs, cappedBlocks: search.stats.cappedBlocks }),
      (error: unknown) =>
        current && setState({ status: 'failed', pairs: [], error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [actors]);
  return state;
}
