/**
 * ForceAtlas2 on plain arrays, so that the layout can run in a worker: node positions in, edges as
 * pairs of node indexes, positions out. The same function runs in the page for tests and as a
 * fallback where workers are not available. Besides its number of iterations, the layout has a
 * time budget: it stops when either is spent, so that a large graph is never waited on for long.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { runSteps, workClock, type WorkClock } from '../../../core/steps';

export interface LayoutInput {
  x: Float64Array;
  y: Float64Array;
  /** Source and target index of each edge, one pair after the other. */
  edges: Uint32Array;
}

export interface LayoutPositions {
  x: Float64Array;
  y: Float64Array;
}

/** Iterations run between two looks at the clock. */
const CHUNK = 10;

/**
 * ForceAtlas2 from the given positions, for `iterations` at most, and no longer than `budgetMs`
 * (checked every few iterations; without a budget, exactly `iterations`: the same input always
 * gives the same places).
 */
export function layoutPositions(
  input: LayoutInput,
  iterations: number,
  budgetMs = Infinity,
  tuning: { gravity?: number; scalingRatio?: number } = {},
): LayoutPositions {
  return runSteps(layoutSteps(input, iterations, budgetMs, tuning));
}

/**
 * `layoutPositions`, pausing (`yield`) after every few iterations, so that a worker computing
 * ahead can give way to the person (`input-pauses.ts`). The budget counts the work on `clock`,
 * not the pauses.
 */
export function* layoutSteps(
  input: LayoutInput,
  iterations: number,
  budgetMs = Infinity,
  tuning: { gravity?: number; scalingRatio?: number } = {},
  clock: WorkClock = workClock(),
): Generator<void, LayoutPositions> {
  const started = clock.worked();
  const n = input.x.length;
  const x = Float64Array.from(input.x);
  const y = Float64Array.from(input.y);
  if (n < 2 || iterations <= 0) return { x, y };
  const graph = new Graph({ multi: true, type: 'undirected' });
  for (let i = 0; i < n; i += 1) graph.addNode(i, { x: x[i], y: y[i] });
  for (let e = 0; e + 1 < input.edges.length; e += 2) graph.addEdge(input.edges[e], input.edges[e + 1]);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 300, ...tuning };
  const chunk = budgetMs === Infinity ? iterations : CHUNK;
  for (let done = 0; done < iterations && clock.worked() - started < budgetMs; done += chunk) {
    forceAtlas2.assign(graph, { iterations: Math.min(chunk, iterations - done), settings });
    yield* clock.pause();
  }
  graph.forEachNode((key, attributes) => {
    const i = Number(key);
    x[i] = attributes['x'] as number;
    y[i] = attributes['y'] as number;
  });
  return { x, y };
}

/** Graphs that carry positions, such as the ecosystem graph. */
interface PositionedGraph {
  order: number;
  forEachNode(callback: (id: string, attributes: { x: number; y: number }) => void): void;
  forEachEdge(callback: (edge: string, attributes: unknown, source: string, target: string) => void): void;
  mergeNodeAttributes(id: string, attributes: { x: number; y: number }): void;
}

/** The arrays `layoutPositions` needs, and the node ids in their order. */
export function layoutInputOf(graph: PositionedGraph): { ids: string[]; input: LayoutInput } {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const x = new Float64Array(graph.order);
  const y = new Float64Array(graph.order);
  graph.forEachNode((id, attributes) => {
    indexOf.set(id, ids.length);
    x[ids.length] = attributes.x;
    y[ids.length] = attributes.y;
    ids.push(id);
  });
  const pairs: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    pairs.push(indexOf.get(source) ?? 0, indexOf.get(target) ?? 0);
  });
  return { ids, input: { x, y, edges: Uint32Array.from(pairs) } };
}

export function applyPositions(graph: PositionedGraph, ids: readonly string[], positions: LayoutPositions): void {
  ids.forEach((id, i) => graph.mergeNodeAttributes(id, { x: positions.x[i] ?? 0, y: positions.y[i] ?? 0 }));
}
