/**
 * The page's side of the duplicates worker: `find` sends the actors' plain fields and resolves with
 * the pairs. Where there are no workers (node tests), the search runs in the same thread.
 */
import type { ActorRecordFeature } from '../../../core/model';
import { duplicateRow, findDuplicates, type DuplicateOptions } from './duplicate-pairs';
import type { DuplicatesReplies, DuplicatesRequest } from './duplicates-protocol';
import { createRpcClient } from '../../../shared/workers/rpc';

export interface DuplicatesClient {
  find(
    actors: readonly ActorRecordFeature[],
    options?: DuplicateOptions & { email?: (actor: ActorRecordFeature) => string | undefined },
  ): Promise<DuplicatesReplies['find']>;
  dispose(): void;
}

export function createDuplicatesClient(): DuplicatesClient {
  if (typeof Worker === 'undefined') {
    return {
      find: async (actors, options = {}) => {
        const started = performance.now();
        const search = findDuplicates(
          actors.map((a) => duplicateRow(a, options.email)),
          options,
        );
        return { ...search, ms: performance.now() - started };
      },
      dispose: () => undefined,
    };
  }
  const worker = new Worker(new URL('./duplicates.worker.ts', import.meta.url), { type: 'module' });
  const { send, dispose } = createRpcClient<DuplicatesRequest, DuplicatesReplies>(worker);
  return {
    find: (actors, { email, exclude, ...options } = {}) =>
      send({
        type: 'find',
        rows: actors.map((a) => duplicateRow(a, email)),
        options: { ...options, ...(exclude ? { exclude: [...exclude].map(([x, y]) => [x, y] as [string, string]) } : {}) },
      }),
    dispose,
  };
}
