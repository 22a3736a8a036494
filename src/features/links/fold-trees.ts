/**
 * Trees folded out of the graph before Brandes' searches (Baglioni et al. 2012): the paths through
 * them are counted exactly, only the rest needs searching.
 */
import { runSteps } from '../../core/steps';
import { componentsSteps, STEP_SIZE, type CsrGraph } from './csr-graph';

const STEP_MASK = STEP_SIZE - 1;

/**
 * The graph with its trees folded (Baglioni et al. 2012, "Fast exact computation of betweenness
 * centrality in social networks"): actors linked once (a project and its carrier, a member of a
 * single network…) are removed again and again, each into its last neighbour, whose weight counts
 * them. The paths through a removed actor, or from the trees of a kept actor, are counted exactly;
 * only the paths between kept actors need Brandes, on the smaller `core`.
 */
export interface FoldedGraph {
  /** Exactly counted pairs through each node of the original graph (trees), not doubled. */
  tree: Float64Array;
  /** For each node of the original graph, the kept node its tree hangs from (itself if kept). */
  root: Int32Array;
  /** The kept nodes, numbered 0..core.n-1, and the original node of each. */
  core: CsrGraph;
  nodeOf: Int32Array;
  /** For each node of the original graph, its number among the kept nodes (-1: folded). */
  coreIndex: Int32Array;
  /** Actors each kept node stands for (itself and its trees). */
  weight: Float64Array;
}

export function foldTrees(graph: CsrGraph): FoldedGraph {
  return runSteps(foldTreesSteps(graph));
}

/** `foldTrees`, pausing (`yield`) every `STEP_SIZE` nodes or so. */
export function* foldTreesSteps(graph: CsrGraph): Generator<void, FoldedGraph> {
  const { n, offsets, neighbours } = graph;
  // Size of each node's connected component.
  const componentSize = new Float64Array(n);
  yield* componentsSteps(graph, (members, size) => {
    for (let j = 0; j < size; j++) componentSize[members[j] as number] = size;
  });
  let gone = 0;
  const queue = new Int32Array(n);
  const degree = new Int32Array(n);
  const weight = new Float64Array(n).fill(1);
  const squares = new Float64Array(n);
  const parent = new Int32Array(n).fill(-1);
  const removed = new Uint8Array(n);
  const peeled = new Int32Array(n);
  let peeledCount = 0;
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
    if (degree[v] === 1) queue[tail++] = v;
  }
  yield;
  while (head < tail) {
    if ((++gone & STEP_MASK) === 0) yield;
    const u = queue[head++] as number;
    if (degree[u] !== 1) continue; // its last neighbour went first: u is the root of a tree
    let p = -1;
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++) {
      const w = neighbours[e] as number;
      if (!removed[w]) {
        p = w;
        break;
      }
    }
    removed[u] = 1;
    degree[u] = 0;
    parent[u] = p;
    peeled[peeledCount++] = u;
    const wu = weight[u] as number;
    weight[p] = (weight[p] as number) + wu;
    squares[p] = (squares[p] as number) + wu * wu;
    degree[p] = (degree[p] as number) - 1;
    if (degree[p] === 1) queue[tail++] = p;
  }
  // Pairs through v with one end in its trees: between two of its branches, or to the rest.
  const tree = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const below = (weight[v] as number) - 1;
    tree[v] = (below * below - (squares[v] as number)) / 2 + below * ((componentSize[v] as number) - (weight[v] as number));
  }
  yield;
  const root = new Int32Array(n);
  const coreIndex = new Int32Array(n).fill(-1);
  // Kept nodes numbered in breadth-first order: neighbours get near numbers, so that the searches
  // read nearby memory.
  const nodeList = new Int32Array(n);
  let kept = 0;
  for (let s = 0; s < n; s++) {
    if ((++gone & STEP_MASK) === 0) yield;
    if (removed[s] || coreIndex[s] !== -1) continue;
    coreIndex[s] = kept;
    nodeList[kept++] = s;
    for (let j = kept - 1; j < kept; j++) {
      const v = nodeList[j] as number;
      root[v] = v;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        const w = neighbours[e] as number;
        if (removed[w] || coreIndex[w] !== -1) continue;
        coreIndex[w] = kept;
        nodeList[kept++] = w;
      }
      if ((++gone & STEP_MASK) === 0) yield;
    }
  }
  for (let j = peeledCount - 1; j >= 0; j--) {
    const u = peeled[j] as number;
    root[u] = root[parent[u] as number] as number;
  }
  const nodeOf = nodeList.slice(0, kept);
  const coreOffsets = new Int32Array(kept + 1);
  const coreNeighbours = new Int32Array(neighbours.length);
  let write = 0;
  for (let i = 0; i < kept; i++) {
    const v = nodeOf[i] as number;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      const w = coreIndex[neighbours[e] as number] as number;
      if (w >= 0) coreNeighbours[write++] = w;
    }
    coreOffsets[i + 1] = write;
    if ((++gone & STEP_MASK) === 0) yield;
  }
  const coreWeight = new Float64Array(kept);
  for (let i = 0; i < kept; i++) coreWeight[i] = weight[nodeOf[i] as number] as number;
  return {
    tree,
    root,
    core: { n: kept, m: write / 2, offsets: coreOffsets, neighbours: coreNeighbours.slice(0, write) },
    nodeOf,
    coreIndex,
    weight: coreWeight,
  };
}
