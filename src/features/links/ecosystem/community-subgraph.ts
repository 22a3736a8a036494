/**
 * One community of a graph, on plain arrays: what the page needs to open a community, without
 * the community detection's libraries (those run in the worker).
 */

export interface Subgraph {
  /** Node numbers, in the graph given, of the community's members (ascending). */
  nodes: Uint32Array;
  /** The links between them, as pairs of their numbers in `nodes`. */
  edges: Uint32Array;
}

/** One community's members and the links between them, numbered anew. */
export function communitySubgraph(of: ArrayLike<number>, community: number, edges: ArrayLike<number>): Subgraph {
  const local = new Int32Array(of.length).fill(-1);
  const nodes: number[] = [];
  for (let i = 0; i < of.length; i += 1) {
    if (of[i] !== community) continue;
    local[i] = nodes.length;
    nodes.push(i);
  }
  const out: number[] = [];
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const s = local[edges[e]!]!;
    const t = local[edges[e + 1]!]!;
    if (s >= 0 && t >= 0) out.push(s, t);
  }
  return { nodes: Uint32Array.from(nodes), edges: Uint32Array.from(out) };
}
