// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the node tsconfig inherits `exclude: src/pipeline`, which drops a declaration file nothing references.
/// <reference path="./vt-pbf.d.ts" />
/**
 * The actors as vector tiles, for datasets too large to load whole (the path to a million rows):
 * one PMTiles archive (`actors.pmtiles`) that the map reads by range requests from static hosting.
 *
 * Clustered once here with supercluster, the library the app clusters with, at the app's radius:
 * every tile is supercluster's own `getTile(z, x, y)` encoded as MVT by `vt-pbf`. A cluster
 * carries `point_count` and, through supercluster's map/reduce, its count per practice, per kind
 * and per profile, so that a map filtered on one value still shows honest counts. A point carries
 * the same keys as 0/1 flags (plus its row, name and id), so one filter expression serves both.
 */
import Supercluster from 'supercluster';
import { fromGeojsonVt } from 'vt-pbf';
import { gzipSync } from 'fflate';
import { ACTORS_TILE_LAYER, COUNT_KEYS, kindKey, practiceKey, profileKey } from '../core/actor-tile-keys';
import { writePmtiles, type TileInput } from './pmtiles-writer';

export { ACTORS_TILE_LAYER, COUNT_KEYS, practiceKey };

/** Tiles are made for zooms 0 to this; the map over-zooms past it. */
export const TILES_MAX_ZOOM = 14;
/** Tile extent and clustering radius, in the pixels of a 512-px tile (the app's radius). */
const EXTENT = 512;
const RADIUS = 44;
/** Features this close to a tile's edge (px) are also written in the neighbouring tile, so circles are not cut. */
const BUFFER = 32;

/** What the tiles need of an actor. */
export interface TilePoint {
  /** Row in `actors.columns.json` (or the order of the build). */
  row: number;
  id: string;
  name: string;
  lon: number;
  lat: number;
  kind: string;
  practices: readonly string[];
  profile: string | null;
  sample: boolean;
}

type Counts = Record<string, number>;
interface PointTags extends Counts {
  row: number;
}

export interface ActorTiles {
  archive: Uint8Array;
  /** Tiles written (non-empty), over all zooms. */
  tiles: number;
  points: number;
}

/** Where an actor's flags come from: 1 for each of its practices, its kind, its profile. */
function flags(p: TilePoint): Counts {
  const counts: Counts = {};
  for (const key of COUNT_KEYS) counts[key] = 0;
  for (const practice of p.practices) counts[practiceKey(practice)] = 1;
  counts[kindKey(p.kind)] = 1;
  counts[profileKey(p.profile ?? 'unknown')] = 1;
  return counts;
}

export function buildActorTiles(points: readonly TilePoint[], maxZoom = TILES_MAX_ZOOM): ActorTiles {
  const byRow = new Map<number, TilePoint>();
  const features = points.map((p) => {
    byRow.set(p.row, p);
    return {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
      properties: { row: p.row, ...flags(p) } as PointTags,
    };
  });
  // Clusters down to the last tile zoom: many actors share one place (a commune's centre), and a
  // tile of 100,000 stacked points is no use to draw; past it, a group at one place stays a group.
  const index = new Supercluster<PointTags, Counts>({
    radius: RADIUS,
    extent: EXTENT,
    maxZoom,
    minPoints: 2,
    map: (props) => {
      const counts: Counts = {};
      for (const key of COUNT_KEYS) counts[key] = props[key] ?? 0;
      return counts;
    },
    reduce: (acc, props) => {
      for (const key of COUNT_KEYS) acc[key] = (acc[key] ?? 0) + (props[key] ?? 0);
    },
  });
  index.load(features);

  const tiles: TileInput[] = [];
  for (let z = 0; z <= maxZoom; z += 1) {
    for (const [x, y] of tilesAt(index, z)) {
      const tile = index.getTile(z, x, y);
      if (!tile) continue;
      const layer = {
        features: tile.features.map((f) => {
          const tags = f.tags as Counts & { cluster?: boolean; cluster_id?: number; point_count?: number; row?: number };
          if (tags.cluster) {
            const properties: Counts = { cluster_id: tags.cluster_id ?? 0, point_count: tags.point_count ?? 0 };
            for (const key of COUNT_KEYS) properties[key] = tags[key] ?? 0;
            return { type: 1, geometry: f.geometry, tags: properties, id: f.id };
          }
          const p = byRow.get(tags.row ?? -1);
          return {
            type: 1,
            geometry: f.geometry,
            tags: { ...tags, point_count: 1, id: p?.id ?? '', name: p?.name ?? '', sample: p?.sample ? 1 : 0 },
          };
        }),
      };
      const pbf = fromGeojsonVt({ [ACTORS_TILE_LAYER]: layer }, { version: 2, extent: EXTENT });
      tiles.push({ z, x, y, data: gzipSync(pbf, { mtime: 0 }) });
    }
  }
  const archive = writePmtiles(tiles, {
    tileType: 1,
    tileCompression: 2,
    minZoom: 0,
    maxZoom,
    bounds: bounds(points),
    center: [2.4, 46.6, 5],
    metadata: {
      name: 'Atlas des catalyseurs – acteurs',
      vector_layers: [
        {
          id: ACTORS_TILE_LAYER,
          minzoom: 0,
          maxzoom: maxZoom,
          fields: Object.fromEntries([
            ['point_count', 'Number'],
            ['cluster_id', 'Number'],
            ['row', 'Number'],
            ['id', 'String'],
            ['name', 'String'],
            ['sample', 'Number'],
            ...COUNT_KEYS.map((k) => [k, 'Number']),
          ]),
        },
      ],
    },
  });
  return { archive, tiles: tiles.length, points: points.length };
}

/** The tiles at zoom z holding a cluster or a point, or within BUFFER px of one. */
function tilesAt(index: Supercluster<PointTags, Counts>, z: number): [number, number][] {
  const n = 2 ** z;
  const keys = new Set<number>();
  const margin = BUFFER / EXTENT;
  for (const c of index.getClusters([-180, -85, 180, 85], z)) {
    const [lon, lat] = c.geometry.coordinates as [number, number];
    const fx = ((lon + 180) / 360) * n;
    const sin = Math.sin((lat * Math.PI) / 180);
    const fy = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n;
    for (const dx of [-margin, 0, margin]) {
      for (const dy of [-margin, 0, margin]) {
        const x = Math.floor(fx + dx);
        const y = Math.floor(fy + dy);
        if (x >= 0 && x < n && y >= 0 && y < n) keys.add(y * n + x);
      }
    }
  }
  return [...keys].map((k) => [k % n, Math.floor(k / n)]);
}

function bounds(points: readonly TilePoint[]): [number, number, number, number] {
  if (points.length === 0) return [-180, -85, 180, 85];
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const p of points) {
    w = Math.min(w, p.lon);
    s = Math.min(s, p.lat);
    e = Math.max(e, p.lon);
    n = Math.max(n, p.lat);
  }
  return [w, s, e, n];
}
