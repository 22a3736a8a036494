/** Finding nodes of the ecosystem graph by name: accents and case ignored, prefixes of words first. */
import { stripAccents } from '../../../core/grammar/text';

export interface NamedNode {
  id: string;
  name: string;
}

/** Letters typed before the search runs. */
export const GRAPH_SEARCH_MIN = 2;

export function fold(text: string): string {
  return stripAccents(text).trim();
}

/** Up to `limit` nodes whose name contains the query; names with a word starting with it first. */
export function findNodes(nodes: readonly NamedNode[], query: string, limit = 8): NamedNode[] {
  const q = fold(query);
  if (q.length < GRAPH_SEARCH_MIN) return [];
  const scored: { node: NamedNode; score: number }[] = [];
  for (const node of nodes) {
    const name = fold(node.name);
    const at = name.indexOf(q);
    if (at < 0) continue;
    const wordStart = at === 0 || /[^a-z0-9]/.test(name.charAt(at - 1));
    scored.push({ node, score: at === 0 ? 0 : wordStart ? 1 : 2 });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.node.name.localeCompare(b.node.name, 'fr'))
    .slice(0, limit)
    .map((s) => s.node);
}
