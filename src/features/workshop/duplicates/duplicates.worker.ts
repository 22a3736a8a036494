/// <reference lib="webworker" />
/** The search for possible duplicates off the main thread (a few seconds at 100,000 rows). */
import { findDuplicates } from './duplicate-pairs';
import type { DuplicatesReplies, DuplicatesRequest } from './duplicates-protocol';
import { serveRpc } from '../../../shared/workers/rpc';

function handle(request: DuplicatesRequest): DuplicatesReplies[keyof DuplicatesReplies] {
  const started = performance.now();
  const search = findDuplicates(request.rows, request.options);
  return { ...search, ms: performance.now() - started };
}

serveRpc(handle);
