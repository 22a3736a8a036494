/** Runs the ecosystem graph's layout in a worker, or in the page where workers are unavailable. */
import { applyPositions, layoutInputOf, layoutPositions } from './ecosystem-layout';
import type { EcosystemGraphModel } from './ecosystem-graph';
import type { GraphLayoutReplies, GraphLayoutRequest } from './graph-layout-protocol';
import { createRpcClient } from '../../../shared/workers/rpc';

export async function layoutGraph(graph: EcosystemGraphModel, iterations: number): Promise<void> {
  const { ids, input } = layoutInputOf(graph);
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./graph-layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    applyPositions(graph, ids, layoutPositions(input, iterations));
    return;
  }
  const client = createRpcClient<GraphLayoutRequest, GraphLayoutReplies>(worker);
  try {
    applyPositions(graph, ids, await client.send({ type: 'layout', input, iterations }));
  } catch {
    applyPositions(graph, ids, layoutPositions(input, iterations));
  } finally {
    client.dispose();
  }
}
