/**
 * The ecosystem view's graph: the actors that match the filters and the links between them, plus
 * the actors outside the filters that they are directly linked to (marked `outside`, drawn
 * dimmed: the ecosystem is never cut silently). Nodes are sized by degree; the layout is
 * ForceAtlas2 for a fixed number of iterations from a deterministic spiral, so that the same data
 * always gives the same picture. The view runs it in a worker (`iterations: 0` here, then
 * `ecosystem-layout.ts`); tests and callers without a worker run it here.
 *
 * Heavy (graphology): load this module with `import()`, never from the first-load code.
 */
import type Graph from 'graphology';
import type { DatasetIndex } from '../../../core/dataset-index';
import { applyPositions, layoutInputOf, layoutPositions } from './ecosystem-layout';
import { spiral } from './spiral';
import { buildLinkGraph, type LinkEdgeAttributes, type LinkNodeAttributes } from '../link-graph';
import type { ActorProperties, Link } from '../../../core/model';

export interface EcosystemOptions {
  /** Layout iterations: few enough to stay well under a frame budget per 100 nodes. */
  iterations?: number;
  /** Node radius, in sigma's pixels, of an actor without links and of the most linked one. */
  minSize?: number;
  maxSize?: number;
}

export const LAYOUT_ITERATIONS = 120;
const DEFAULTS: Required<EcosystemOptions> = { iterations: LAYOUT_ITERATIONS, minSize: 3, maxSize: 16 };

export type EcosystemNodeAttributes = LinkNodeAttributes & EcosystemNodeExtras;
export type EcosystemGraphModel = Graph<EcosystemNodeAttributes, LinkEdgeAttributes & EcosystemEdgeExtras>;

export interface EcosystemGraph {
  graph: EcosystemGraphModel;
  /** Actors matching the filters, and outside actors added because they are linked to one. */
  inside: number;
  outside: number;
  links: number;
}

/** Node attributes added for drawing, on top of `LinkNodeAttributes`. */
export interface EcosystemNodeExtras {
  x: number;
  y: number;
  size: number;
  degree: number;
  outside: boolean;
  label: string;
  /** Set by the view, which owns the palette. */
  color?: string;
}

/** Edge attributes added by the view for drawing (sigma's program `type`: 'arrow' or 'line'). */
export interface EcosystemEdgeExtras {
  color?: string;
  size?: number;
  type?: 'arrow' | 'line';
}

type Data = Pick<DatasetIndex, 'features' | 'rowOf' | 'linksOf'>;

export function ecosystemGraph(data: Data, matches: Uint8Array, options: EcosystemOptions = {}): EcosystemGraph {
  const inside = new Set<string>();
  data.features.forEach((f, row) => {
    if (matches[row] === 1) inside.add(f.properties.id);
  });
  const members = new Map<string, ActorProperties>();
  const links = new Set<Link>();
  for (const id of inside) {
    const actor = data.features[data.rowOf.get(id) ?? -1]?.properties;
    if (actor) members.set(id, actor);
    for (const link of data.linksOf.get(id) ?? []) {
      links.add(link);
      for (const end of [link.source, link.target]) {
        if (!members.has(end)) {
          const other = data.features[data.rowOf.get(end) ?? -1]?.properties;
          if (other) members.set(end, other);
        }
      }
    }
  }
  return decorate([...members.values()], [...links], inside, { ...DEFAULTS, ...options });
}

/**
 * The graph of the given dataset rows (one community of a large ecosystem) and the links between
 * them; rows not matching the filters are marked `outside`, as in `ecosystemGraph`.
 */
export function memberGraph(data: Data, rows: ArrayLike<number>, matches: Uint8Array, options: EcosystemOptions = {}): EcosystemGraph {
  const members = new Map<string, ActorProperties>();
  const inside = new Set<string>();
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    const actor = data.features[row]?.properties;
    if (!actor) continue;
    members.set(actor.id, actor);
    if (matches[row] === 1) inside.add(actor.id);
  }
  const links = new Set<Link>();
  for (const id of members.keys()) {
    for (const link of data.linksOf.get(id) ?? []) {
      if (members.has(link.source) && members.has(link.target)) links.add(link);
    }
  }
  return decorate([...members.values()], [...links], inside, { ...DEFAULTS, ...options });
}

function decorate(
  actors: ActorProperties[],
  links: Link[],
  inside: ReadonlySet<string>,
  { iterations, minSize, maxSize }: Required<EcosystemOptions>,
): EcosystemGraph {
  // Every node gets its extras just below, before anyone reads them.
  const graph = buildLinkGraph(actors, links).graph as unknown as EcosystemGraphModel;

  let maxDegree = 0;
  graph.forEachNode((id) => {
    maxDegree = Math.max(maxDegree, graph.degree(id));
  });
  let index = 0;
  let outside = 0;
  graph.forEachNode((id, attributes) => {
    const degree = graph.degree(id);
    const isOutside = !inside.has(id);
    if (isOutside) outside += 1;
    const [x, y] = spiral(index);
    index += 1;
    const extras: EcosystemNodeExtras = {
      x,
      y,
      size: nodeSize(degree, maxDegree, minSize, maxSize),
      degree,
      outside: isOutside,
      label: attributes.name,
    };
    graph.mergeNodeAttributes(id, extras);
  });
  if (iterations > 0) {
    const { ids, input } = layoutInputOf(graph);
    applyPositions(graph, ids, layoutPositions(input, iterations));
  }
  return { graph, inside: graph.order - outside, outside, links: graph.size };
}

/** Square-root scale, so that a node's area grows with its degree. */
export function nodeSize(degree: number, maxDegree: number, minSize: number, maxSize: number): number {
  if (maxDegree <= 0) return minSize;
  return minSize + (maxSize - minSize) * Math.sqrt(degree / maxDegree);
}
