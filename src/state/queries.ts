/**
 * The data files the app loads, as TanStack Query options (key and fetcher together).
 * Components call `useQuery(metaQuery())`. Every file is checked whole against its schema, and
 * every failure becomes a `DataFileError` that says which file failed and why, so that the
 * interface can explain it in the reader's language.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BasemapTopologySchema } from '../core/basemap-schema';
import type { FragilityData } from '../core/fragility-data';
import { FragilitySchema } from '../core/fragility-schema';
import { buildGazetteerIndexInSlices, type Gazetteer, type GazetteerIndex } from '../core/gazetteer';
import { GazetteerSchema } from '../core/gazetteer-schema';
import type { ActorCollection, DatasetMeta, DetailsShard, Link } from '../core/model';
import { DatasetMetaSchema, detailsShardFile, DetailsShardSchema } from '../core/schema';
import { DataFileError, loadDataFile } from './data-file-fetch';
import { bySchema } from './data-file-read';
import { loadBigFile } from './data-files-client';
import { ACTORS_FILE } from '../core/actor-columns';
import { LINKS_FILE } from '../core/link-columns';
import { ClusterOverviewSchema, OVERVIEW_FILE, type ClusterOverview } from '../core/cluster-overview';

export { DataFileError, type DataFileErrorReason } from './data-file-fetch';
export { bySchema } from './data-file-read';

export interface RegionProperties {
  code: string;
  nom: string;
}
export interface DepartementProperties {
  code: string;
  nom: string;
  region: string;
}
export interface LabelProperties {
  code: string;
  nom: string;
  level: 'region' | 'departement';
}

/** The basemap, converted from TopoJSON to one GeoJSON collection per layer. */
export interface Basemap {
  regions: FeatureCollection<Polygon | MultiPolygon, RegionProperties>;
  departements: FeatureCollection<Polygon | MultiPolygon, DepartementProperties>;
  labels: FeatureCollection<Point, LabelProperties>;
}

/**
 * The data files are static: built once, never stale while the page is open. A failed file is
 * tried again by `loadDataFile`, within its deadline, not by the query; then only by the person
 * (« Réessayer »): not each time another component that reads it appears (`retryOnMount`), which
 * made the failure's alert vanish and come back, read out twice.
 */
const STATIC = { staleTime: Infinity, gcTime: Infinity, retry: false, retryOnMount: false } as const;

/** A JSON data file checked by `check`, which returns the typed value or a message of what is wrong. */
export function jsonFileQuery<T>(file: string, check: (json: unknown) => { ok: true; value: T } | { ok: false; detail: string }) {
  return queryOptions({
    queryKey: ['data', file],
    queryFn: ({ signal }): Promise<T> =>
      loadDataFile(file, signal, (json) => {
        const result = check(json);
        if (!result.ok) throw new DataFileError(file, 'shape', result.detail);
        return result.value;
      }),
    ...STATIC,
  });
}

/** A large dataset's first markers (`core/cluster-overview.ts`), when `meta.json` names them. */
export function overviewQuery() {
  return jsonFileQuery<ClusterOverview>(OVERVIEW_FILE, bySchema(ClusterOverviewSchema));
}

export function metaQuery() {
  return jsonFileQuery<DatasetMeta>('meta.json', bySchema(DatasetMetaSchema));
}

/**
 * The actors of the map (`actors.columns.json`): fetched, parsed and checked in a worker, so that
 * the main thread stays free for the first view while megabytes of JSON are read.
 */
export function actorsQuery() {
  return queryOptions({
    queryKey: ['data', ACTORS_FILE],
    queryFn: ({ signal }): Promise<ActorCollection> => loadBigFile(ACTORS_FILE, signal),
    ...STATIC,
  });
}

/** The links between actors (`links.columns.json`), read in the worker too; not needed for the first map. */
export function linksQuery() {
  return queryOptions({
    queryKey: ['data', LINKS_FILE],
    queryFn: ({ signal }): Promise<Link[]> => loadBigFile(LINKS_FILE, signal),
    ...STATIC,
  });
}

/**
 * The fiche-only details (description, website, sources, location basis) of the rows
 * `k * shardSize` to `(k + 1) * shardSize - 1` of `actors.columns.json` (`details/<k>.json`, ~150 KB):
 * loaded when a fiche or an export needs them, kept once loaded.
 */
export function detailsShardQuery(k: number) {
  return jsonFileQuery<DetailsShard>(detailsShardFile(k), bySchema(DetailsShardSchema));
}

/**
 * The basemap of the first view: simplified (~25 KB gzipped), so that it downloads and converts
 * in a few ms. The names and codes are those of the detailed one.
 */
export function basemapQuery() {
  return basemapFileQuery('basemap-overview.topo.json');
}

/** The detailed basemap (~165 KB gzipped, ~7 MB once converted): fetched once the map is interactive. */
export function detailedBasemapQuery() {
  return basemapFileQuery('basemap.topo.json');
}

function basemapFileQuery(file: string) {
  return queryOptions({
    queryKey: ['data', file],
    queryFn: ({ signal }): Promise<Basemap> => loadDataFile(file, signal, (json) => topologyToBasemap(file, json)),
    ...STATIC,
  });
}

function topologyToBasemap(file: string, json: unknown): Basemap {
  const checked = bySchema(BasemapTopologySchema)(json);
  if (!checked.ok) throw new DataFileError(file, 'shape', checked.detail);
  const topology = checked.value as unknown as Topology<{
    regions: GeometryCollection<RegionProperties>;
    departements: GeometryCollection<DepartementProperties>;
    labels: GeometryCollection<LabelProperties>;
  }>;
  try {
    return {
      regions: feature(topology, topology.objects.regions) as Basemap['regions'],
      departements: feature(topology, topology.objects.departements) as Basemap['departements'],
      labels: feature(topology, topology.objects.labels) as Basemap['labels'],
    };
  } catch (cause) {
    throw new DataFileError(file, 'shape', 'the topology could not be converted', { cause });
  }
}

/**
 * The commune gazetteer (35,000 communes with their populations, ~600 KB gzipped), checked once.
 * Only near-me and the coverage views ask for it, when first used: never on first load.
 */
export function gazetteerQuery() {
  return jsonFileQuery<Gazetteer>('gazetteer.json', bySchema(GazetteerSchema));
}

/**
 * The gazetteer's index, one per page, built in slices once its file is in (no long task the
 * first time a place is typed); its file's errors are its own.
 */
export function gazetteerIndexQuery(client: QueryClient) {
  return queryOptions({
    queryKey: ['data', 'gazetteer.json', 'index'],
    queryFn: async (): Promise<GazetteerIndex> => buildGazetteerIndexInSlices(await client.fetchQuery(gazetteerQuery())),
    ...STATIC,
  });
}

/**
 * The IMPACT fragility indices (a few KB), loaded when the fragility overlay or the coverage
 * ranking needs them, or when the layers control is opened.
 */
export function fragilityQuery() {
  return jsonFileQuery<FragilityData>('fragility.json', bySchema(FragilitySchema));
}
