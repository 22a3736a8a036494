/**
 * The communities of one level of the ecosystem (the whole selection, or a community split again),
 * found in the worker once per graph (`communitiesOnce`): what the view asks when it shows a
 * level, and what `prefetchTopCommunities` asks ahead, while the page is idle, for the first level.
 */
import { COMMUNITY_SEED } from '../../../core/community-method';
import type { CommunityPicture } from './community-picture';
import { COMMUNITIES_WORK } from './graph-layout-protocol';
import { awaitWhile } from '../../../state/input-pauses';
import { communitiesOnce } from './community-cache';
import { COMMUNITY_THRESHOLD, ecosystemRows, linkRowPairs, type EcosystemRows } from './ecosystem-rows';
import { nextTask } from '../../../core/steps';
import { ECOSYSTEM_MARKS, findCommunities } from './graph-worker-client';
import type { ActorTable } from '../../../core/filters';
import type { DatasetIndex } from '../../../core/dataset-index';
import type { FilteredView } from '../../../state/use-atlas-data';

/** Communities' layout: iterations at most, and time budget (few hundred nodes: well within it). */
const COMMUNITY_ITERATIONS = 200;
const COMMUNITY_BUDGET_MS = 300;

/** One level of communities: a graph (nodes numbered as in `EcosystemRows`) and its communities. */
export interface Level {
  /** Node numbers of the level's graph, into the ecosystem's rows. */
  nodes: Uint32Array;
  /** Its links, as pairs of positions in `nodes`. */
  edges: Uint32Array;
  /** The community it splits; null at the top. */
  name: string | null;
  picture: CommunityPicture | null;
}

/** The first level: every node of the selection. */
export function topLevel(rows: EcosystemRows): Level {
  const nodes = new Uint32Array(rows.rows.length);
  for (let i = 0; i < nodes.length; i += 1) nodes[i] = i;
  return { nodes, edges: rows.edges, name: null, picture: null };
}

type TableColumns = Pick<ActorTable, 'region' | 'departement' | 'profile'>;
type LevelData = Pick<DatasetIndex, 'communityLabels'> & { table: TableColumns };

/**
 * The network's labels written with the links (`DatasetIndex.communityLabels`), when `level` is
 * that very graph: the top level of a selection of every row, whose node numbers are the rows.
 */
export function knownLabels(level: Level, rows: EcosystemRows, data: LevelData): Int32Array | undefined {
  const labels = data.communityLabels;
  const everyRow = rows.inside === rows.rows.length && rows.rows.length === labels?.length;
  return level.name === null && everyRow && level.nodes.length === labels.length ? labels : undefined;
}

/**
 * The communities of `level` (at `depth`: grouped by région at the top, by département below).
 * `background`: asked ahead, nobody waiting; otherwise the view waits for them, and a search asked
 * ahead that is still paused in its worker goes on at once.
 */
export function levelCommunities(
  level: Level,
  depth: number,
  rows: EcosystemRows,
  data: LevelData,
  background = false,
): Promise<CommunityPicture> {
  const n = level.nodes.length;
  const { table } = data;
  const labels = knownLabels(level, rows, data);
  const picture = communitiesOnce(
    {
      type: 'communities',
      nodeCount: n,
      edges: level.edges,
      groupBy: depth === 0 ? 'region' : 'departement',
      seed: COMMUNITY_SEED,
      iterations: COMMUNITY_ITERATIONS,
      budgetMs: COMMUNITY_BUDGET_MS,
    },
    (ask) => {
      performance.mark(ECOSYSTEM_MARKS.asked, { detail: { nodes: n, labelsFromFile: labels !== undefined } });
      // Plain loops: \`Uint32Array.from\` with a mapping took ~0.15 s at 100,000 nodes.
      const columns = { region: new Uint32Array(n), departement: new Uint32Array(n), profile: new Uint8Array(n) };
      for (let i = 0; i < n; i += 1) {
        const row = rows.rows[level.nodes[i]!]!;
        columns.region[i] = table.region[row] ?? 0;
        columns.departement[i] = table.departement[row] ?? 0;
        columns.profile[i] = table.profile[row] ?? 0;
      }
      return findCommunities({ ...ask, columns, background, ...(labels ? { labels } : {}) }).then((picture) => {
        performance.mark(ECOSYSTEM_MARKS.found, {
          detail: { count: picture.count, communitiesMs: picture.timings.communities, layoutMs: picture.timings.layout },
        });
        return picture;
      });
    },
  );
  return background ? picture : awaitWhile(COMMUNITIES_WORK, picture);
}

/**
 * The first level's communities of `view`, found ahead so that the ecosystem opens without
 * waiting for them (1–3 s at 100,000 fiches): the view asks the same graph and gets the same
 * answer. Nothing for a selection the view draws node by node. Resolves when they are found.
 */
export async function prefetchTopCommunities(view: FilteredView): Promise<void> {
  // Background work: its parts in tasks of their own (one task of ~0.1 s at 100,000 fiches otherwise).
  linkRowPairs(view.data);
  await nextTask();
  const rows = ecosystemRows(view.data, view.result.matches);
  await nextTask();
  if (rows.rows.length <= COMMUNITY_THRESHOLD) return;
  await levelCommunities(topLevel(rows), 0, rows, view.data, true);
}
