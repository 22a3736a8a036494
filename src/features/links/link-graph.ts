/**
 * The network of links as a graph (graphology): one node per actor, one edge per link. Directed
 * types ("A porte B", "A finance B"…) are directed edges from source to target; symmetric types
 * ("partenaire de") are undirected. Links whose source or target is not an actor of the data
 * (dangling: reported by the pipeline) are left out here and returned, never turned into nodes.
 *
 * Heavy (graphology): load this module with `import()`, never from the first-load code.
 */
import Graph from 'graphology';
import type { ActorProperties, Link } from '../../core/model';
import { LINK_TYPES, type LinkType, type Profile } from '../../core/vocabulary';

// The metrics need no graph library (`link-metrics.ts`); re-exported for their importers.
export { datasetLinkMetrics, type ActorLinkMetrics, type LinkMetrics } from './link-metrics';

export interface LinkNodeAttributes {
  name: string;
  profile: Profile | null;
}

export interface LinkEdgeAttributes {
  /** Not `type`: drawing libraries (sigma) read `type` as the way to draw the edge. */
  linkType: LinkType;
  /** False for symmetric types. */
  directed: boolean;
  sample: boolean;
}

export type LinkGraph = Graph<LinkNodeAttributes, LinkEdgeAttributes>;

export interface BuiltLinkGraph {
  graph: LinkGraph;
  /** Links left out because one of their ends is not an actor of the data. */
  dangling: Link[];
}

type NodeSource = Pick<ActorProperties, 'id' | 'name' | 'profile'>;

export function buildLinkGraph(actors: readonly NodeSource[], links: readonly Link[]): BuiltLinkGraph {
  const graph: LinkGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  for (const actor of actors) {
    if (!graph.hasNode(actor.id)) graph.addNode(actor.id, { name: actor.name, profile: actor.profile });
  }
  const dangling: Link[] = [];
  for (const link of links) {
    if (!graph.hasNode(link.source) || !graph.hasNode(link.target)) {
      dangling.push(link);
      continue;
    }
    if (link.source === link.target) continue;
    const directed = !isSymmetric(link.type);
    const attributes: LinkEdgeAttributes = { linkType: link.type, directed, sample: link.sample };
    if (directed) graph.addDirectedEdge(link.source, link.target, attributes);
    else graph.addUndirectedEdge(link.source, link.target, attributes);
  }
  return { graph, dangling };
}

function isSymmetric(type: LinkType): boolean {
  return LINK_TYPES.list.find((term) => term.code === type)?.symmetric ?? false;
}
