/**
 * The filters and "near me" on the actors' vector tiles (`actors.pmtiles`, see
 * `pipeline/actor-tiles.ts`), where the app does not hold the rows: pure functions over the
 * properties of the tiles' features.
 *
 * A point carries 0/1 flags per practice (`p_…`), kind (`k_…`) and profile (`f_…`); a cluster
 * carries the same keys as counts. So a point is filtered exactly, and a cluster's count is exact
 * for one value, or for several values of an exclusive facet (kinds, profiles). With several
 * practices (an actor can have two) or filters on two facets, the tiles do not hold the joint
 * count: the cluster shows an upper bound (the smallest of the facets' sums), said as such.
 */
import type { Filters } from '../../core/filters';
import { kindKey, practiceKey, profileKey } from '../../core/actor-tile-keys';

export type TileProps = Record<string, unknown>;

const num = (props: TileProps, key: string): number => {
  const v = props[key];
  return typeof v === 'number' ? v : 0;
};

/** The keys of each filtered facet the tiles know. */
function facetKeys(filters: Filters): { keys: string[]; exclusive: boolean }[] {
  const facets: { keys: string[]; exclusive: boolean }[] = [];
  if (filters.practices.length > 0) facets.push({ keys: filters.practices.map(practiceKey), exclusive: false });
  if (filters.kinds.length > 0) facets.push({ keys: filters.kinds.map(kindKey), exclusive: true });
  if (filters.profiles.length > 0) facets.push({ keys: filters.profiles.map(profileKey), exclusive: true });
  return facets;
}

export const isCluster = (props: TileProps): boolean => props['cluster_id'] !== undefined;

/** Whether a point of the tiles matches the practice, kind and profile filters. */
export function pointMatches(props: TileProps, filters: Filters): boolean {
  return facetKeys(filters).every(({ keys }) => keys.some((k) => num(props, k) > 0));
}

export interface ClusterCount {
  count: number;
  /** False when the count is an upper bound (see the module's comment). */
  exact: boolean;
  /** Rows per practice among the counted ones (for the ring), in PRACTICES order. */
}

/** How many rows of a cluster match, and whether the tiles tell it exactly. */
export function clusterCount(props: TileProps, filters: Filters): ClusterCount {
  const total = num(props, 'point_count');
  const facets = facetKeys(filters);
  if (facets.length === 0) return { count: total, exact: true };
  const sums = facets.map(({ keys }) => keys.reduce((n, k) => n + num(props, k), 0));
  const count = Math.min(total, ...sums);
  const [only] = facets;
  const exact = facets.length === 1 && only !== undefined && (only.exclusive || only.keys.length === 1);
  return { count, exact };
}

/** Whether counts shown on the clusters are upper bounds under these filters. */
export function countsAreBounds(filters: Filters): boolean {
  return !clusterCount({ point_count: 0 }, filters).exact;
}

/** The active filters the tiles cannot apply (they need the whole data): their facet names. */
export function unsupportedFilters(filters: Filters): string[] {
  const out: string[] = [];
  if (filters.scopes.length > 0) out.push('scopes');
  if (filters.themes.length > 0) out.push('themes');
  if (filters.regions.length > 0 || filters.departements.length > 0) out.push('territory');
  if (filters.data !== 'all') out.push('data');
  if (filters.minQualification > 0) out.push('qualification');
  if (filters.text.trim() !== '') out.push('text');
  return out;
}

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

const tileX = (lon: number, n: number) => Math.floor(((lon + 180) / 360) * n);
const tileY = (lat: number, n: number) => {
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n);
};

/**
 * The tiles covering a circle of `radiusKm` around a place: at the deepest zoom (up to `maxZoom`)
 * where that takes at most `maxTiles` tiles, so that "near me" reads a few small files.
 */
export function tilesAround(lon: number, lat: number, radiusKm: number, maxZoom: number, maxTiles = 16): TileAddress[] {
  const dLat = radiusKm / 111.32;
  const dLon = radiusKm / (111.32 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  for (let z = maxZoom; z >= 0; z -= 1) {
    const n = 2 ** z;
    const [x0, x1] = [tileX(lon - dLon, n), tileX(lon + dLon, n)];
    const [y0, y1] = [tileY(lat + dLat, n), tileY(lat - dLat, n)];
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > maxTiles && z > 0) continue;
    const tiles: TileAddress[] = [];
    for (let x = Math.max(0, x0); x <= Math.min(n - 1, x1); x += 1) {
      for (let y = Math.max(0, y0); y <= Math.min(n - 1, y1); y += 1) tiles.push({ z, x, y });
    }
    return tiles;
  }
  return [{ z: 0, x: 0, y: 0 }];
}

export interface TileFeature {
  lon: number;
  lat: number;
  props: TileProps;
}

export interface NearItem {
  /** A row's name, or null for a group the tiles hold only as a count. */
  name: string | null;
  id: string | null;
  count: number;
  km: number;
}

export interface NearFromTiles {
  items: NearItem[];
  /** Matching rows within the radius (an upper bound when `exact` is false). */
  total: number;
  exact: boolean;
}

/** Great-circle distance in km (haversine, as turf's `distance`). */
function km(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The matching rows and groups of the tiles' features within `radiusKm`, nearest first. A feature
 * seen in two tiles (their buffers overlap) counts once.
 */
export function nearestFromTiles(
  features: readonly TileFeature[],
  lon: number,
  lat: number,
  radiusKm: number,
  filters: Filters,
): NearFromTiles {
  const seen = new Set<string>();
  const items: NearItem[] = [];
  let total = 0;
  let exact = true;
  for (const f of features) {
    const key = isCluster(f.props) ? `c${String(f.props['cluster_id'])}` : `r${String(f.props['row'])}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const d = km(lon, lat, f.lon, f.lat);
    if (d > radiusKm) continue;
    if (isCluster(f.props)) {
      const c = clusterCount(f.props, filters);
      if (c.count === 0) continue;
      exact &&= c.exact;
      total += c.count;
      items.push({ name: null, id: null, count: c.count, km: d });
    } else if (pointMatches(f.props, filters)) {
      total += 1;
      items.push({ name: String(f.props['name'] ?? ''), id: String(f.props['id'] ?? ''), count: 1, km: d });
    }
  }
  items.sort((a, b) => a.km - b.km || (a.name ?? '').localeCompare(b.name ?? '', 'fr'));
  return { items, total, exact };
}
