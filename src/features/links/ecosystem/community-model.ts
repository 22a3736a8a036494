/**
 * The aggregated view's graph for sigma: one node per community, sized by its members, coloured
 * by its profile when one holds half of it, and an edge per pair of linked communities, as thick
 * as the links between them are many. Only each community's strongest ties are drawn (its
 * `DRAWN_TIES` heaviest): on a large network nearly every pair of communities shares a link or
 * two, and drawing them all gives a hairball. The table counts every link.
 */
import Graph from 'graphology';
import type { CommunityPicture } from './community-picture';
import { NAMING_SHARE } from './community-label';
import { NO_PROFILE_COLOR, OUTSIDE_COLOR, PROFILE_COLORS } from '../link-palette';
import { PROFILES } from '../../../core/vocabulary';

export interface CommunityNodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  members: number;
}

export interface CommunityEdgeAttributes {
  size: number;
  color: string;
  weight: number;
}

export type CommunityGraphModel = Graph<CommunityNodeAttributes, CommunityEdgeAttributes>;

/** Node radius and edge width, in sigma's pixels. */
const NODE_SIZE = { min: 3, max: 16 };
const EDGE_SIZE = { min: 0.5, max: 6 };
export const COMMUNITY_EDGE_COLOR = '#9b958a';
/** A community whose profiles are mixed. */
export const MIXED_COLOR = NO_PROFILE_COLOR;

export function communityColor(picture: CommunityPicture, c: number): string {
  if (picture.unlinked[c] === 1) return OUTSIDE_COLOR;
  const traits = picture.traits[c];
  const code = traits && traits.profileShare >= NAMING_SHARE ? PROFILES.codes[traits.profile] : undefined;
  return code ? PROFILE_COLORS[code] : MIXED_COLOR;
}

/** Square-root scales: a node's area grows with its members, an edge's width with its links. */
function scale(value: number, max: number, range: { min: number; max: number }): number {
  return max > 0 ? range.min + (range.max - range.min) * Math.sqrt(value / max) : range.min;
}

/** Heaviest ties of each community that are drawn. */
export const DRAWN_TIES = 3;

/** Indexes of the pairs drawn: those among the `DRAWN_TIES` heaviest of either of their communities. */
export function drawnTies(picture: Pick<CommunityPicture, 'count' | 'pairs' | 'weights'>, ties = DRAWN_TIES): number[] {
  const byCommunity = Array.from({ length: picture.count }, () => [] as number[]);
  picture.weights.forEach((_, k) => {
    byCommunity[picture.pairs[2 * k]!]!.push(k);
    byCommunity[picture.pairs[2 * k + 1]!]!.push(k);
  });
  const drawn = new Set<number>();
  for (const list of byCommunity) {
    list.sort((a, b) => picture.weights[b]! - picture.weights[a]! || a - b);
    for (const k of list.slice(0, ties)) drawn.add(k);
  }
  return [...drawn].sort((a, b) => a - b);
}

export function communityGraph(picture: CommunityPicture, labels: readonly string[]): CommunityGraphModel {
  const graph: CommunityGraphModel = new Graph({ type: 'undirected', multi: false });
  const maxMembers = Math.max(0, ...picture.sizes);
  for (let c = 0; c < picture.count; c += 1) {
    graph.addNode(String(c), {
      x: picture.x[c] ?? 0,
      y: picture.y[c] ?? 0,
      size: scale(picture.sizes[c] ?? 0, maxMembers, NODE_SIZE),
      label: labels[c] ?? '',
      color: communityColor(picture, c),
      members: picture.sizes[c] ?? 0,
    });
  }
  const maxWeight = Math.max(0, ...picture.weights);
  for (const k of drawnTies(picture)) {
    const weight = picture.weights[k]!;
    graph.addEdge(String(picture.pairs[2 * k]), String(picture.pairs[2 * k + 1]), {
      weight,
      size: scale(weight, maxWeight, EDGE_SIZE),
      color: COMMUNITY_EDGE_COLOR,
    });
  }
  return graph;
}

/** Links from each community to the others, added up. */
export function externalLinks(picture: CommunityPicture): Uint32Array {
  const out = new Uint32Array(picture.count);
  picture.weights.forEach((weight, k) => {
    for (const c of [picture.pairs[2 * k]!, picture.pairs[2 * k + 1]!]) out[c] = out[c]! + weight;
  });
  return out;
}
