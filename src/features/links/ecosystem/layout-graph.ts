/** A graph of fiches laid out in the graph worker (or in the page where workers are unavailable). */
import { applyPositions, layoutInputOf, layoutPositions } from './ecosystem-layout';
import type { EcosystemGraphModel } from './ecosystem-graph';
import { inGraphWorker } from './graph-worker-client';

/** Time budget of a graph's layout, ms: ForceAtlas2 stops then, whatever its iterations left. */
export const LAYOUT_BUDGET_MS = 1000;

export async function layoutGraph(graph: EcosystemGraphModel, iterations: number, budgetMs = LAYOUT_BUDGET_MS): Promise<void> {
  const { ids, input } = layoutInputOf(graph);
  const positions = await inGraphWorker({ type: 'layout', input, iterations, budgetMs }, [], () =>
    layoutPositions(input, iterations, budgetMs),
  );
  applyPositions(graph, ids, positions);
}
