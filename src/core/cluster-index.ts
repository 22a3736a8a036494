/**
 * Clustering of the filtered actors, with the mix of practices and kinds in every cluster. Pure
 * (no DOM): it runs in a Web Worker in the app and in node in the tests, the same code for 500
 * and 100,000 points.
 *
 * The clusters are those of ALL placed actors (built once, `cluster-hierarchy.ts`); a filter only
 * decides which rows count. A cluster left with one matching row is drawn as that row's point,
 * one left with none disappears, and a cluster sits at the mean of its matching rows. So a filter
 * change is one counting pass over typed arrays instead of a new clustering.
 */
import type { PointColumns } from './dataset-index';
import { buildClusterHierarchy, NO_NODE, type ClusterHierarchy, type HierarchyLevel } from './cluster-hierarchy';

export const CLUSTER_OPTIONS = {
  /** Cluster radius in pixels: markers are ~34 px wide, so this keeps them from overlapping. */
  radius: 44,
  /** Past this zoom points are no longer clustered, except those sharing one place. */
  maxZoom: 12,
  /** Below this many points a group is drawn as its points. */
  minPoints: 2,
} as const;

/** The zoom from which a group that still does not split is a stack at one place. */
export const STACK_ZOOM = CLUSTER_OPTIONS.maxZoom + 1;

/** Cluster ids carry their zoom: id = node × ZOOM_SLOTS + zoom. */
const ZOOM_SLOTS = 32;

/** The node of a cluster's id at its zoom. */
export function clusterNode(clusterId: number): number {
  return Math.floor(clusterId / ZOOM_SLOTS);
}

export interface ClusterItem {
  type: 'cluster';
  id: number;
  lon: number;
  lat: number;
  count: number;
  /** Actors having each practice (an actor with two practices counts in both). */
  practices: [number, number, number, number];
  projects: number;
}

export interface PointItem {
  type: 'point';
  row: number;
  lon: number;
  lat: number;
}

/** Several matching actors at exactly one place (a commune, a chef-lieu): opened as a list. */
export interface StackItem {
  type: 'stack';
  rows: number[];
  lon: number;
  lat: number;
  practices: [number, number, number, number];
  projects: number;
}

export type MapItem = ClusterItem | PointItem | StackItem;

export class ClusterIndex {
  private readonly hierarchy: ClusterHierarchy;
  private matches: Uint8Array;
  /** Counts of the current filter per zoom, computed when a zoom is first asked for. */
  private readonly sums = new Map<number, LevelSums>();

  /** `hierarchy`: the rows' hierarchy (`buildClusterHierarchy` with `CLUSTER_OPTIONS`), when built elsewhere. */
  constructor(
    private readonly columns: PointColumns,
    hierarchy?: ClusterHierarchy,
  ) {
    this.hierarchy = hierarchy ?? buildClusterHierarchy(columns.coords, CLUSTER_OPTIONS);
    this.matches = new Uint8Array(columns.kind.length).fill(1);
  }

  /** Shows only the rows where `matches[row] === 1`. Returns how many of them have a place. */
  load(matches: Uint8Array): number {
    this.matches = matches;
    this.sums.clear();
    const finest = this.level(STACK_ZOOM).nodeOf;
    let placed = 0;
    for (let row = 0; row < matches.length; row += 1) if (matches[row] === 1 && finest[row] !== NO_NODE) placed += 1;
    return placed;
  }

  /** Clusters and points within [west, south, east, north] at an integer zoom. */
  items(bbox: [number, number, number, number], zoom: number): MapItem[] {
    const z = this.zoomLevel(zoom);
    const s = this.sumsAt(z);
    const [west, south, east, north] = bbox;
    const items: MapItem[] = [];
    for (let node = 0; node < s.count.length; node += 1) {
      const count = s.count[node] as number;
      if (count === 0) continue;
      const lon = roundPosition(xToLon((s.x[node] as number) / count));
      const lat = roundPosition(yToLat((s.y[node] as number) / count));
      if (lon < west || lon > east || lat < south || lat > north) continue;
      if (count < CLUSTER_OPTIONS.minPoints) {
        const row = s.firstRow[node] as number;
        items.push({ type: 'point', row, lon: this.columns.coords[2 * row] as number, lat: this.columns.coords[2 * row + 1] as number });
        continue;
      }
      const p = 4 * node;
      items.push({
        type: 'cluster',
        id: node * ZOOM_SLOTS + z,
        lon,
        lat,
        count,
        practices: [s.practices[p] as number, s.practices[p + 1] as number, s.practices[p + 2] as number, s.practices[p + 3] as number],
        projects: s.projects[node] as number,
      });
    }
    return zoom >= STACK_ZOOM ? this.stackColocated(items) : items;
  }

  /** The zoom at which a cluster's matching rows first fall apart; STACK_ZOOM or more means they share one place. */
  expansionZoom(clusterId: number): number {
    const z = clusterId % ZOOM_SLOTS;
    const rows = this.leaves(clusterId);
    for (let finer = z + 1; finer < STACK_ZOOM; finer += 1) {
      const nodeOf = this.level(finer).nodeOf;
      const first = nodeOf[rows[0] ?? 0];
      if (rows.some((row) => nodeOf[row] !== first)) return finer;
    }
    return STACK_ZOOM;
  }

  /**
   * `expansionZoom` of every node of zoom `z` at once (by node; STACK_ZOOM for a node without
   * matching rows): one pass over the rows per finer zoom instead of one per cluster.
   */
  expansionZooms(z: number): Uint8Array {
    const level = this.zoomLevel(z);
    const { size, nodeOf } = this.level(level);
    const zooms = new Uint8Array(size).fill(STACK_ZOOM);
    const open = new Uint8Array(size).fill(1);
    const firstChild = new Uint32Array(size);
    for (let finer = level + 1; finer < STACK_ZOOM; finer += 1) {
      const childOf = this.level(finer).nodeOf;
      firstChild.fill(NO_NODE);
      for (let row = 0; row < nodeOf.length; row += 1) {
        const node = nodeOf[row] as number;
        if (node === NO_NODE || open[node] === 0 || this.matches[row] !== 1) continue;
        const child = childOf[row] as number;
        const first = firstChild[node] as number;
        if (first === NO_NODE) firstChild[node] = child;
        else if (first !== child) {
          zooms[node] = finer;
          open[node] = 0;
        }
      }
    }
    return zooms;
  }

  /** The matching rows inside a cluster, in row order. */
  leaves(clusterId: number, limit = Infinity): number[] {
    const z = clusterId % ZOOM_SLOTS;
    const node = clusterNode(clusterId);
    const nodeOf = this.level(z).nodeOf;
    const rows: number[] = [];
    for (let row = 0; row < nodeOf.length && rows.length < limit; row += 1) {
      if (nodeOf[row] === node && this.matches[row] === 1) rows.push(row);
    }
    return rows;
  }

  private zoomLevel(zoom: number): number {
    return Math.max(0, Math.min(STACK_ZOOM, Math.floor(zoom)));
  }

  private level(z: number): HierarchyLevel {
    return this.hierarchy.levels[z] as HierarchyLevel;
  }

  /** One pass over the rows: the count, mean position, practices and projects of every node. */
  private sumsAt(z: number): LevelSums {
    const cached = this.sums.get(z);
    if (cached) return cached;
    const { size, nodeOf } = this.level(z);
    const { coords, practiceMask, kind } = this.columns;
    const s: LevelSums = {
      count: new Uint32Array(size),
      x: new Float64Array(size),
      y: new Float64Array(size),
      practices: new Uint32Array(4 * size),
      projects: new Uint32Array(size),
      firstRow: new Uint32Array(size),
    };
    const matches = this.matches;
    for (let row = 0; row < nodeOf.length; row += 1) {
      const node = nodeOf[row] as number;
      if (node === NO_NODE || matches[row] !== 1) continue;
      if (s.count[node] === 0) s.firstRow[node] = row;
      s.count[node] = (s.count[node] as number) + 1;
      s.x[node] = (s.x[node] as number) + lonToX(coords[2 * row] as number);
      s.y[node] = (s.y[node] as number) + latToY(coords[2 * row + 1] as number);
      const m = practiceMask[row] as number;
      const p = 4 * node;
      if (m & 1) s.practices[p] = (s.practices[p] as number) + 1;
      if (m & 2) s.practices[p + 1] = (s.practices[p + 1] as number) + 1;
      if (m & 4) s.practices[p + 2] = (s.practices[p + 2] as number) + 1;
      if (m & 8) s.practices[p + 3] = (s.practices[p + 3] as number) + 1;
      s.projects[node] = (s.projects[node] as number) + (kind[row] as number);
    }
    this.sums.set(z, s);
    return s;
  }

  /** Past the last clustering zoom, points at one place would hide each other: group them. */
  private stackColocated(items: MapItem[]): MapItem[] {
    const { practiceMask, kind, coords } = this.columns;
    const byPlace = new Map<string, PointItem[]>();
    const out: MapItem[] = [];
    for (const item of items) {
      if (item.type !== 'point') {
        out.push(item);
        continue;
      }
      const key = `${coords[2 * item.row]},${coords[2 * item.row + 1]}`;
      const group = byPlace.get(key);
      if (group) group.push(item);
      else byPlace.set(key, [item]);
    }
    for (const group of byPlace.values()) {
      const [first] = group;
      if (!first) continue;
      if (group.length === 1) {
        out.push(first);
        continue;
      }
      const practices: [number, number, number, number] = [0, 0, 0, 0];
      let projects = 0;
      for (const { row } of group) {
        const m = practiceMask[row] ?? 0;
        for (let k = 0; k < 4; k += 1) if (m & (1 << k)) practices[k as 0 | 1 | 2 | 3] += 1;
        projects += kind[row] ?? 0;
      }
      out.push({ type: 'stack', rows: group.map((g) => g.row), lon: first.lon, lat: first.lat, practices, projects });
    }
    return out;
  }
}

/** Per-node sums of the matching rows at one zoom (x, y in Web Mercator units, as supercluster). */
interface LevelSums {
  count: Uint32Array;
  x: Float64Array;
  y: Float64Array;
  /** 4 per node, in PRACTICES order. */
  practices: Uint32Array;
  projects: Uint32Array;
  /** The lowest matching row of the node (the row shown when it is alone). */
  firstRow: Uint32Array;
}

function lonToX(lon: number): number {
  return lon / 360 + 0.5;
}

function latToY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}

/**
 * A cluster's position to 1e-6 degree (~0.1 m): the last bits of the projection's maths differ
 * between JavaScript engines (the pipeline's, which writes the overview, and the browser's), and a
 * marker is kept only where its position is the same to the bit.
 */
function roundPosition(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}

function xToLon(x: number): number {
  return (x - 0.5) * 360;
}

function yToLat(y: number): number {
  const y2 = ((180 - y * 360) * Math.PI) / 180;
  return (360 * Math.atan(Math.exp(y2))) / Math.PI - 90;
}
