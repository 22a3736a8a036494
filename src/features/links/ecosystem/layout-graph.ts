/**
 * Runs the ecosystem graph's heavy work in a worker (its layout; the communities of a large
 * graph), or in the page where workers are unavailable.
 */
import { applyPositions, layoutInputOf, layoutPositions } from './ecosystem-layout';
import type { CommunitiesRequest, CommunityPicture } from './community-picture';
import type { EcosystemGraphModel } from './ecosystem-graph';
import type { GraphLayoutReplies, GraphLayoutRequest } from './graph-layout-protocol';
import { createRpcClient } from '../../../shared/workers/rpc';

/**
 * Performance marks of the ecosystem view, for the bench: communities asked of the worker, found
 * (detail: ms spent on the communities and on their layout), and the drawing on screen.
 */
export const ECOSYSTEM_MARKS = { asked: 'ecosystem-communities-asked', found: 'ecosystem-communities-found', ready: 'ecosystem-ready' };

/** Time budget of a graph's layout, ms: ForceAtlas2 stops then, whatever its iterations left. */
export const LAYOUT_BUDGET_MS = 1000;

async function inWorker<K extends GraphLayoutRequest['type']>(
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

export async function layoutGraph(graph: EcosystemGraphModel, iterations: number, budgetMs = LAYOUT_BUDGET_MS): Promise<void> {
  const { ids, input } = layoutInputOf(graph);
  const positions = await inWorker({ type: 'layout', input, iterations, budgetMs }, [], () => layoutPositions(input, iterations, budgetMs));
  applyPositions(graph, ids, positions);
}

/**
 * The communities of a large graph and their places. Community detection is loaded in the page
 * only where workers are unavailable.
 */
export function findCommunities(request: CommunitiesRequest): Promise<CommunityPicture> {
  return inWorker(request, [], () => import('./community-picture').then((m) => m.communityPicture(request)));
}
