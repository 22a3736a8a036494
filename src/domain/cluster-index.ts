/**
 * Clustering of the filtered actors, with the mix of practices and kinds in every cluster. Pure
 * (no DOM): it runs in a Web Worker in the app and in node in the tests, the same code for 500
 * and 100,000 points.
 */
import Supercluster, { type PointFeature } from 'supercluster';

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

export interface PointColumns {
  /** lon, lat of row i at [2i], [2i+1]; NaN for an actor without a place. */
  coords: Float64Array;
  /** Practice bit mask of row i (bit k = PRACTICES.codes[k]). */
  practiceMask: Uint8Array;
  /** 0 actor, 1 project. */
  kind: Uint8Array;
}

interface PointProps {
  row: number;
}

interface ClusterProps {
  /** Actors having each practice, in PRACTICES order. */
  p0: number;
  p1: number;
  p2: number;
  p3: number;
  projects: number;
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
  private index: Supercluster<PointProps, ClusterProps>;

  constructor(private readonly columns: PointColumns) {
    this.index = this.createIndex();
  }

  /** Rebuilds the clusters over the rows where `matches[row] === 1`. Returns the point count. */
  load(matches: Uint8Array): number {
    const { coords } = this.columns;
    const points: PointFeature<PointProps>[] = [];
    for (let row = 0; row < matches.length; row += 1) {
      if (matches[row] !== 1) continue;
      const lon = coords[2 * row] ?? NaN;
      const lat = coords[2 * row + 1] ?? NaN;
      if (Number.isNaN(lon) || Number.isNaN(lat)) continue;
      points.push({ type: 'Feature', properties: { row }, geometry: { type: 'Point', coordinates: [lon, lat] } });
    }
    this.index = this.createIndex();
    this.index.load(points);
    return points.length;
  }

  /** Clusters and points within [west, south, east, north] at an integer zoom. */
  items(bbox: [number, number, number, number], zoom: number): MapItem[] {
    const items = this.index.getClusters(bbox, Math.floor(zoom)).map((f): MapItem => {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      const p = f.properties;
      if ('cluster' in p && p.cluster) {
        return {
          type: 'cluster',
          id: p.cluster_id,
          lon,
          lat,
          count: p.point_count,
          practices: [p.p0, p.p1, p.p2, p.p3],
          projects: p.projects,
        };
      }
      return { type: 'point', row: (p as PointProps).row, lon, lat };
    });
    return zoom >= STACK_ZOOM ? this.stackColocated(items) : items;
  }

  /** The zoom at which a cluster splits; STACK_ZOOM or more means its points share one place. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }

  /** The rows inside a cluster. */
  leaves(clusterId: number, limit = Infinity): number[] {
    return this.index.getLeaves(clusterId, limit).map((f) => f.properties.row);
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

  private createIndex(): Supercluster<PointProps, ClusterProps> {
    const { practiceMask, kind } = this.columns;
    return new Supercluster<PointProps, ClusterProps>({
      ...CLUSTER_OPTIONS,
      map: ({ row }) => {
        const m = practiceMask[row] ?? 0;
        return { p0: m & 1, p1: (m >> 1) & 1, p2: (m >> 2) & 1, p3: (m >> 3) & 1, projects: kind[row] ?? 0 };
      },
      reduce: (acc, p) => {
        acc.p0 += p.p0;
        acc.p1 += p.p1;
        acc.p2 += p.p2;
        acc.p3 += p.p3;
        acc.projects += p.projects;
      },
    });
  }
}

