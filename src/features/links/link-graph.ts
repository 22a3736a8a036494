/**
 * The network of links as a graph (graphology): one node per actor, one edge per link. Directed
 * types ("A porte B", "A finance B"…) are directed edges from source to target; symmetric types
 * ("partenaire de") are undirected. Links whose source or target is not an actor of the data
 * (dangling: reported by the pipeline) are left out here and returned, never turned into nodes.
 *
 * Heavy (graphology): load this module with `import()`, never from the first-load code.
 */
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { ActorProperties, Link } from '../../core/model';
import { LINK_TYPES, PROFILES, type LinkType, type Profile } from '../../core/vocabulary';

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

export interface ActorLinkMetrics {
  /** Number of links touching the actor (each link counted once, whatever its direction). */
  links: number;
  /** Number of distinct actors linked to it. */
  linked: number;
  /**
   * Worlds bridged: the number of distinct profiles (collectivité, association, entreprise…)
   * among the actors it is directly linked to. Linked actors without a profile do not count.
   */
  worlds: number;
  /** Those profiles, in the vocabulary's order. */
  profiles: Profile[];
  /**
   * Betweenness centrality on the undirected network (one edge per linked pair): over all pairs
   * of other actors, the share of their shortest paths that go through this actor, summed.
   */
  betweenness: number;
  /** Rank by betweenness, 1 for the highest; equal values share a rank ("1, 2, 2, 4"). */
  betweennessRank: number;
}

export interface LinkMetrics {
  byId: ReadonlyMap<string, ActorLinkMetrics>;
  /** Number of actors ranked (every node of the graph). */
  ranked: number;
}

export function linkMetrics(graph: LinkGraph): LinkMetrics {
  const pairs = undirectedProjection(graph);
  const centrality = betweennessCentrality(pairs, { normalized: false });
  const values = graph.nodes().map((id) => ({ id, betweenness: round(centrality[id] ?? 0) }));
  const ranks = competitionRanks(values.map((v) => v.betweenness));
  const byId = new Map<string, ActorLinkMetrics>();
  values.forEach(({ id, betweenness }, i) => {
    const neighbours = pairs.neighbors(id);
    const seen = new Set<Profile>();
    for (const other of neighbours) {
      const profile = graph.getNodeAttribute(other, 'profile');
      if (profile) seen.add(profile);
    }
    const profiles = PROFILES.codes.filter((code) => seen.has(code));
    byId.set(id, {
      links: graph.degree(id),
      linked: neighbours.length,
      worlds: profiles.length,
      profiles,
      betweenness,
      betweennessRank: ranks[i] ?? values.length,
    });
  });
  return { byId, ranked: values.length };
}

/** Builds the graph of the whole dataset and its metrics at once (what the app needs). */
export function datasetLinkMetrics(actors: readonly NodeSource[], links: readonly Link[]): LinkMetrics {
  return linkMetrics(buildLinkGraph(actors, links).graph);
}

function isSymmetric(type: LinkType): boolean {
  return LINK_TYPES.list.find((term) => term.code === type)?.symmetric ?? false;
}

/** One undirected edge per pair of linked actors: what "holding the network together" is about. */
function undirectedProjection(graph: LinkGraph): Graph {
  const pairs = new Graph({ type: 'undirected', multi: false });
  graph.forEachNode((id) => pairs.addNode(id));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) pairs.mergeEdge(source, target);
  });
  return pairs;
}

/** Standard competition ranking, highest first. */
function competitionRanks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  const first = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!first.has(v)) first.set(v, i + 1);
  });
  return values.map((v) => first.get(v) ?? values.length);
}

/** Floating sums of path shares: rounded so that equal values compare equal. */
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
