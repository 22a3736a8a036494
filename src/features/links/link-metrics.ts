/**
 * The network metrics of every actor (links, actors linked, worlds bridged, betweenness and its
 * rank) from a compact input: typed arrays that a worker receives without copying, and that it
 * answers with typed arrays. No graph library: the graph is a CSR of typed arrays (`betweenness.ts`),
 * everything but the betweenness is O(actors + links).
 *
 * The page builds the input (`linkMetricsInput`) and reads the answer through `linkMetricsView`,
 * whose `byId` makes each actor's record only when it is asked for.
 */
import type { ActorFeature, ActorProperties, Link } from '../../core/model';
import type { DatasetIndex } from '../../core/dataset-index';
import { UNKNOWN } from '../../core/filters';
import { PROFILES, type Profile } from '../../core/vocabulary';
import { runSteps, runStepsInSlices } from '../../core/steps';
import { betweennessSteps, competitionRanksSteps, type BetweennessMethod, type BetweennessOptions } from './betweenness';
import { buildCsrSteps } from './csr-graph';

export type { BetweennessMethod } from './betweenness';

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
   * An estimate when `LinkMetrics.betweennessMethod.exact` is false.
   */
  betweenness: number;
  /** Rank by betweenness, 1 for the highest; equal values share a rank ("1, 2, 2, 4"). */
  betweennessRank: number;
}

export interface LinkMetrics {
  byId: ReadonlyMap<string, ActorLinkMetrics>;
  /** Number of actors ranked (every actor of the data). */
  ranked: number;
  /** Exact betweenness, or estimated from `sources` source actors drawn out of `nodes`. */
  betweennessMethod: BetweennessMethod;
}

/** What the worker receives: node i is the i-th actor; links as pairs of node numbers. */
export interface LinkMetricsInput {
  /** Each actor's profile, as its index in `PROFILES.codes`, -1 when not given. */
  profiles: Int8Array;
  /** Links between two actors of the data (dangling links left out), as node numbers. */
  sources: Int32Array;
  targets: Int32Array;
}

/** What the worker answers, one entry per node. */
export interface LinkMetricsColumns {
  links: Int32Array;
  linked: Int32Array;
  /** Profiles of the linked actors, bit i for `PROFILES.codes[i]`. */
  worlds: Int32Array;
  betweenness: Float64Array;
  rank: Int32Array;
  method: BetweennessMethod;
  /** Time taken, in ms (in the worker, pauses for the person included). */
  ms: number;
}

type NodeSource = Pick<ActorProperties, 'id' | 'profile'>;

/** The actors' ids in node order (first occurrence of each id) and the compact input. */
export interface PreparedLinkMetrics {
  ids: string[];
  indexOf: ReadonlyMap<string, number>;
  input: LinkMetricsInput;
}

/**
 * O(actors + links): what the page sends to the worker. `rowOf` (the dataset index's, when every
 * id is unique and numbered in the actors' order) spares building the index again.
 */
export function linkMetricsInput(
  actors: readonly NodeSource[],
  links: readonly Link[],
  rowOf?: ReadonlyMap<string, number>,
): PreparedLinkMetrics {
  return runSteps(inputSteps(actors, links, rowOf));
}

/**
 * The same input read off the dataset index's own columns, when its ids are unique (null
 * otherwise): profiles from the filter table, links from their ends' rows. No lookup by id: a few
 * ms at 100,000 actors and 120,000 links, where numbering them by id took ~0.2 s of the page.
 */
export function linkMetricsInputOfIndex(data: Pick<DatasetIndex, 'features' | 'rowOf' | 'table' | 'linkEnds'>): PreparedLinkMetrics | null {
  const n = data.features.length;
  if (data.rowOf.size !== n) return null;
  const ids = new Array<string>(n);
  const profiles = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    ids[i] = (data.features[i] as ActorFeature).properties.id;
    const code = data.table.profile[i] as number;
    profiles[i] = code === UNKNOWN ? -1 : code;
  }
  const ends = data.linkEnds;
  const sources = new Int32Array(ends.length / 2);
  const targets = new Int32Array(ends.length / 2);
  let count = 0;
  for (let i = 0; i < ends.length; i += 2) {
    const a = ends[i] as number;
    const b = ends[i + 1] as number;
    if (a >= 0 && b >= 0 && a !== b) {
      sources[count] = a;
      targets[count] = b;
      count += 1;
    }
  }
  return { ids, indexOf: data.rowOf, input: { profiles, sources: sources.slice(0, count), targets: targets.slice(0, count) } };
}

/** The same, in slices of about `slice` actors or links between which the page stays free to answer. */
export async function linkMetricsInputInSlices(
  actors: readonly NodeSource[],
  links: readonly Link[],
  rowOf?: ReadonlyMap<string, number>,
  slice = 20_000,
): Promise<PreparedLinkMetrics> {
  return runStepsInSlices(inputSteps(actors, links, rowOf, slice));
}

function* inputSteps(
  actors: readonly NodeSource[],
  links: readonly Link[],
  rowOf: ReadonlyMap<string, number> | undefined,
  slice = Infinity,
): Generator<void, PreparedLinkMetrics> {
  const profileOf = (actor: NodeSource) => (actor.profile ? PROFILES.codes.indexOf(actor.profile) : -1);
  let indexOf: ReadonlyMap<string, number>;
  let ids: string[];
  let profiles: Int8Array;
  if (rowOf && rowOf.size === actors.length) {
    indexOf = rowOf;
    ids = new Array<string>(actors.length);
    profiles = new Int8Array(actors.length);
    for (let i = 0; i < actors.length; i++) {
      const actor = actors[i] as NodeSource;
      ids[i] = actor.id;
      profiles[i] = profileOf(actor);
      if ((i + 1) % slice === 0) yield;
    }
  } else {
    const own = new Map<string, number>();
    ids = [];
    const profileList: number[] = [];
    for (let i = 0; i < actors.length; i++) {
      const actor = actors[i] as NodeSource;
      if (!own.has(actor.id)) {
        own.set(actor.id, ids.length);
        ids.push(actor.id);
        profileList.push(profileOf(actor));
      }
      if ((i + 1) % slice === 0) yield;
    }
    indexOf = own;
    profiles = Int8Array.from(profileList);
  }
  const sources = new Int32Array(links.length);
  const targets = new Int32Array(links.length);
  let count = 0;
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Link;
    const a = indexOf.get(link.source);
    const b = indexOf.get(link.target);
    if (a !== undefined && b !== undefined && a !== b) {
      sources[count] = a;
      targets[count] = b;
      count += 1;
    }
    if ((i + 1) % slice === 0) yield;
  }
  return { ids, indexOf, input: { profiles, sources: sources.slice(0, count), targets: targets.slice(0, count) } };
}

/** The metrics of every node (what the worker runs; pure, so the bench and the tests call it too). */
export function computeLinkMetrics(input: LinkMetricsInput, options?: BetweennessOptions): LinkMetricsColumns {
  return runSteps(computeLinkMetricsSteps(input, options));
}

/** `computeLinkMetrics`, pausing (`yield`) as it builds the graph and at each step of the betweenness. */
export function* computeLinkMetricsSteps(input: LinkMetricsInput, options?: BetweennessOptions): Generator<void, LinkMetricsColumns> {
  const started = performance.now();
  const n = input.profiles.length;
  const links = new Int32Array(n);
  const count = Math.min(input.sources.length, input.targets.length);
  for (let i = 0; i < count; i++) {
    const a = input.sources[i] as number;
    const b = input.targets[i] as number;
    if (a === b || a < 0 || b < 0 || a >= n || b >= n) continue;
    links[a] = (links[a] as number) + 1;
    links[b] = (links[b] as number) + 1;
  }
  const graph = yield* buildCsrSteps(n, input.sources, input.targets);
  const linked = new Int32Array(n);
  const worlds = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const from = graph.offsets[v] as number;
    const to = graph.offsets[v + 1] as number;
    linked[v] = to - from;
    let mask = 0;
    for (let e = from; e < to; e++) {
      const profile = input.profiles[graph.neighbours[e] as number] as number;
      if (profile >= 0) mask |= 1 << profile;
    }
    worlds[v] = mask;
  }
  yield;
  const { values, method } = yield* betweennessSteps(graph, options);
  yield;
  const rank = yield* competitionRanksSteps(values);
  return { links, linked, worlds, betweenness: values, rank, method, ms: performance.now() - started };
}

/** The buffers of the answer, moved from the worker rather than copied. */
export function columnBuffers(columns: LinkMetricsColumns): ArrayBuffer[] {
  return [columns.links, columns.linked, columns.worlds, columns.betweenness, columns.rank].map((a) => a.buffer as ArrayBuffer);
}

/** The metrics as the app reads them, with no work per actor until an actor is asked for. */
export function linkMetricsView(ids: readonly string[], indexOf: ReadonlyMap<string, number>, columns: LinkMetricsColumns): LinkMetrics {
  return { byId: new ColumnsMap(ids, indexOf, columns), ranked: ids.length, betweennessMethod: columns.method };
}

/** Builds the metrics of the whole dataset at once, on the calling thread (tests, bench). */
export function datasetLinkMetrics(actors: readonly NodeSource[], links: readonly Link[], options?: BetweennessOptions): LinkMetrics {
  const { ids, indexOf, input } = linkMetricsInput(actors, links);
  return linkMetricsView(ids, indexOf, computeLinkMetrics(input, options));
}

/** The profiles of a bit mask, in the vocabulary's order (shared: one array per mask). */
const profilesByMask = new Map<number, Profile[]>();
function profilesOf(mask: number): Profile[] {
  let profiles = profilesByMask.get(mask);
  if (!profiles) {
    profiles = PROFILES.codes.filter((_code, i) => (mask & (1 << i)) !== 0);
    profilesByMask.set(mask, profiles);
  }
  return profiles;
}

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count += 1;
  return count;
}

/**
 * A read-only map over the columns: each actor's record is made the first time it is read, then
 * kept, so that the same actor always gives the same object (memoised rows stay memoised).
 */
class ColumnsMap implements ReadonlyMap<string, ActorLinkMetrics> {
  private readonly made: (ActorLinkMetrics | undefined)[];

  constructor(
    private readonly ids: readonly string[],
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly columns: LinkMetricsColumns,
  ) {
    this.made = new Array<ActorLinkMetrics | undefined>(ids.length);
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.indexOf.has(id);
  }

  get(id: string): ActorLinkMetrics | undefined {
    const i = this.indexOf.get(id);
    return i === undefined ? undefined : this.at(i);
  }

  private at(i: number): ActorLinkMetrics {
    let record = this.made[i];
    if (!record) {
      const { links, linked, worlds, betweenness: values, rank } = this.columns;
      const mask = worlds[i] as number;
      record = {
        links: links[i] as number,
        linked: linked[i] as number,
        worlds: popCount(mask),
        profiles: profilesOf(mask),
        betweenness: values[i] as number,
        betweennessRank: rank[i] as number,
      };
      this.made[i] = record;
    }
    return record;
  }

  *entries(): MapIterator<[string, ActorLinkMetrics]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i] as string, this.at(i)];
  }

  *keys(): MapIterator<string> {
    yield* this.ids;
  }

  *values(): MapIterator<ActorLinkMetrics> {
    for (let i = 0; i < this.ids.length; i++) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[string, ActorLinkMetrics]> {
    return this.entries();
  }

  forEach(callback: (value: ActorLinkMetrics, key: string, map: ReadonlyMap<string, ActorLinkMetrics>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.ids.length; i++) callback.call(thisArg, this.at(i), this.ids[i] as string, this);
  }
}
