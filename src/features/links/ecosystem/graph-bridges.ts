/**
 * The bridges of a graph: its fiches through which the most shortest paths between other fiches
 * go (betweenness, computed over the whole network by the links worker). The highest tenth of
 * the graph's nodes, at least one and at most `MAX_BRIDGES`, and only those with some betweenness.
 */

export const MAX_BRIDGES = 15;

export function bridgeCount(nodes: number): number {
  return Math.min(MAX_BRIDGES, Math.max(1, Math.ceil(nodes / 10)));
}

export function bridgeIds(
  ids: readonly string[],
  betweennessOf: (id: string) => number | undefined,
  count: number = bridgeCount(ids.length),
): string[] {
  return ids
    .map((id) => ({ id, value: betweennessOf(id) ?? 0 }))
    .filter((node) => node.value > 0)
    .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1))
    .slice(0, count)
    .map((node) => node.id);
}
