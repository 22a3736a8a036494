/**
 * The graph worker (`graph-layout.worker.ts`) asked for the ecosystem's heavy work: a graph's
 * layout (`layout-graph.ts`), the communities of a large graph (`findCommunities`). Where workers
 * are unavailable, the work runs in the page. Nothing here loads graphology: the communities can
 * be asked ahead (`prefetchTopCommunities`) without the page evaluating the graph libraries.
 */
import type { CommunitiesRequest, CommunityPicture } from './community-picture';
import type { GraphLayoutReplies, GraphLayoutRequest } from './graph-layout-protocol';
import { createRpcClient } from '../../../shared/workers/rpc';

/**
 * Performance marks of the ecosystem view, for the bench: communities asked of the worker, found
 * (detail: ms spent on the communities and on their layout), and the drawing on screen.
 */
export const ECOSYSTEM_MARKS = { asked: 'ecosystem-communities-asked', found: 'ecosystem-communities-found', ready: 'ecosystem-ready' };

export async function inGraphWorker<K extends GraphLayoutRequest['type']>(
  request: Extract<GraphLayoutRequest, { type: K }>,
  transfer: Transferable[],
  fallback: () => GraphLayoutReplies[K] | Promise<GraphLayoutReplies[K]>,
): Promise<GraphLayoutReplies[K]> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./graph-layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return fallback();
  }
  const client = createRpcClient<GraphLayoutRequest, GraphLayoutReplies>(worker);
  try {
    return await client.send(request, transfer);
  } catch {
    return fallback();
  } finally {
    client.dispose();
  }
}

/**
 * The communities of a large graph and their places. Community detection is loaded in the page
 * only where workers are unavailable.
 */
export function findCommunities(request: CommunitiesRequest): Promise<CommunityPicture> {
  return inGraphWorker(request, [], () => import('./community-picture').then((m) => m.communityPicture(request)));
}
