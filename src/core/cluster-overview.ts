/**
 * The first map's markers, written by `npm run data` for a large dataset (`overview.json`): the
 * clusters and lone points of every actor at the zooms that show the whole of France, exactly as
 * the clustering worker gives them without a filter (same ids, counts, positions). The page draws
 * them as soon as this small file is in, while the actors' file (megabytes at 100,000 actors) is
 * still read and clustered; the worker's answer then keeps every marker, being the same.
 */
import type { ActorFeature, ActorProperties } from './model';
import { CLUSTER_OPTIONS, ClusterIndex, clusterNode } from './cluster-index';
import { pointColumnsOf } from './dataset-index';
import { KINDS, PRACTICES, PRECISIONS } from './vocabulary';
import { textOf, z } from './zod';
import { code } from './column-schema';

export const OVERVIEW_FILE = 'overview.json';

/** Below this many placed actors the actors' own file comes as fast: no overview is written. */
export const OVERVIEW_MIN_PLACED = 5000;

/** The last zoom of the overview: France fills a phone at ~4.5, a wide screen at ~6. */
export const OVERVIEW_MAX_ZOOM = 7;

/** What a lone point's marker says and does (`pointElement`, a click selects its id). */
export type OverviewActor = Pick<ActorProperties, 'id' | 'name' | 'kind' | 'practices' | 'precision' | 'sample'>;

const count = z.int().check(z.gte(0));
const lon = z.number().check(z.gte(-180), z.lte(180));
const lat = z.number().check(z.gte(-90), z.lte(90));

const OverviewClusterSchema = z.object({
  id: count,
  lon,
  lat,
  count,
  practices: z.tuple([count, count, count, count]),
  projects: count,
  /** The zoom at which the cluster falls apart (`ClusterIndex.expansionZoom`). */
  expansion: count,
});

const OverviewPointSchema = z.object({
  row: count,
  lon,
  lat,
  actor: z.object({
    id: textOf(1),
    name: textOf(1),
    kind: code(KINDS.codes),
    practices: z.array(code(PRACTICES.codes)),
    precision: code(PRECISIONS.codes),
    sample: z.boolean(),
  }),
});

export const ClusterOverviewSchema = z.object({
  type: z.literal('ClusterOverview'),
  version: z.literal(1),
  /** The rows of `actors.columns.json` it was made from: another count means another dataset. */
  rows: count,
  /** The clustering's settings: the page uses the overview only if they are its own. */
  options: z.object({ radius: z.number(), maxZoom: count, minPoints: count }),
  /** Zoom 0 … OVERVIEW_MAX_ZOOM, index = zoom. */
  levels: z.array(z.object({ clusters: z.array(OverviewClusterSchema), points: z.array(OverviewPointSchema) })),
});

export type ClusterOverview = z.infer<typeof ClusterOverviewSchema>;
export type OverviewCluster = z.infer<typeof OverviewClusterSchema>;
export type OverviewPoint = z.infer<typeof OverviewPointSchema>;

const WORLD: [number, number, number, number] = [-180, -90, 180, 90];

/** The overview of these actors, or null when too few have a place to need one. */
export function clusterOverviewOf(features: readonly ActorFeature[], minPlaced = OVERVIEW_MIN_PLACED): ClusterOverview | null {
  const columns = pointColumnsOf(features);
  const index = new ClusterIndex(columns);
  if (index.load(new Uint8Array(features.length).fill(1)) < minPlaced) return null;
  const levels: ClusterOverview['levels'] = [];
  for (let z = 0; z <= OVERVIEW_MAX_ZOOM; z += 1) {
    const expansion = index.expansionZooms(z);
    const clusters: OverviewCluster[] = [];
    const points: OverviewPoint[] = [];
    for (const item of index.items(WORLD, z)) {
      if (item.type === 'cluster') {
        const { id, lon, lat, count, practices, projects } = item;
        clusters.push({ id, lon, lat, count, practices, projects, expansion: expansion[clusterNode(id)] as number });
      } else if (item.type === 'point')
        points.push({ row: item.row, lon: item.lon, lat: item.lat, actor: overviewActor(features[item.row]!.properties) });
    }
    levels.push({ clusters, points });
  }
  return { type: 'ClusterOverview', version: 1, rows: features.length, options: { ...CLUSTER_OPTIONS }, levels };
}

function overviewActor({ id, name, kind, practices, precision, sample }: ActorProperties): OverviewActor {
  return { id, name, kind, practices, precision, sample };
}

/** Whether the page may draw this overview: made with its own clustering settings. */
export function overviewFits(overview: ClusterOverview): boolean {
  const { radius, maxZoom, minPoints } = overview.options;
  return radius === CLUSTER_OPTIONS.radius && maxZoom === CLUSTER_OPTIONS.maxZoom && minPoints === CLUSTER_OPTIONS.minPoints;
}

/** The clusters and points of the overview within [west, south, east, north] at `zoom` (its last level past it). */
export function overviewInView(
  overview: ClusterOverview,
  bbox: readonly [number, number, number, number],
  zoom: number,
): { clusters: OverviewCluster[]; points: OverviewPoint[] } {
  const last = overview.levels.length - 1;
  const level = overview.levels[Math.max(0, Math.min(last, Math.floor(zoom)))];
  const [west, south, east, north] = bbox;
  const inside = (item: { lon: number; lat: number }) => item.lon >= west && item.lon <= east && item.lat >= south && item.lat <= north;
  return { clusters: level?.clusters.filter(inside) ?? [], points: level?.points.filter(inside) ?? [] };
}
