/**
 * The data files the app loads, as TanStack Query options (key and fetcher together).
 * Components call `useQuery(metaQuery())`. Every failure becomes a `DataFileError` that says
 * which file failed and why, so that the interface can explain it in the reader's language.
 */
import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FragilityData } from '../core/fragility-data';
import type { Gazetteer } from '../core/gazetteer';
import { GazetteerSchema } from '../core/gazetteer-schema';
import type { ActorCollection, DatasetMeta, Link } from '../core/model';
import { ActorCollectionSchema, LinksSchema } from '../core/schema';
import { DIMENSIONS } from '../core/vocabulary';
import { describeIssue, z, type SchemaIssue } from '../core/zod';

export type DataFileErrorReason = 'network' | 'http' | 'json' | 'shape' | 'timeout';

/**
 * How long the server may take to start answering. A slow download is waited for (a big file on a
 * slow line takes time); a server that never answers is not.
 */
export const RESPONSE_TIMEOUT_MS = 30_000;

export class DataFileError extends Error {
  readonly file: string;
  readonly reason: DataFileErrorReason;
  /** HTTP status line, for `http` errors. */
  readonly status: string;

  constructor(file: string, reason: DataFileErrorReason, detail: string, options?: ErrorOptions) {
    super(`${file}: ${detail}`, options);
    this.name = 'DataFileError';
    this.file = file;
    this.reason = reason;
    this.status = reason === 'http' ? detail : '';
  }
}

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

/** The data files are static: built once, never stale while the page is open. */
const STATIC = { staleTime: Infinity, gcTime: Infinity } as const;

/** A JSON data file checked by `check`, which returns the typed value or a message of what is wrong. */
export function jsonFileQuery<T>(file: string, check: (json: unknown) => { ok: true; value: T } | { ok: false; detail: string }) {
  return queryOptions({
    queryKey: ['data', file],
    queryFn: async ({ signal }): Promise<T> => {
      const result = check(await fetchJson(file, signal));
      if (!result.ok) throw new DataFileError(file, 'shape', result.detail);
      return result.value;
    },
    ...STATIC,
  });
}

/** Adapts a zod schema to `jsonFileQuery`, naming the first offending path. */
export function bySchema<T>(schema: {
  safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}) {
  return (json: unknown): { ok: true; value: T } | { ok: false; detail: string } => {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, value: parsed.data };
    const issue = parsed.error.issues[0];
    return { ok: false, detail: issue ? describeIssue(issue, 'file') : 'invalid' };
  };
}

export function metaQuery() {
  return jsonFileQuery<DatasetMeta>('meta.json', (json) =>
    isRecord(json) && isRecord(json['counts']) && typeof json['builtAt'] === 'string'
      ? { ok: true, value: json as unknown as DatasetMeta }
      : { ok: false, detail: 'expected an object with builtAt and counts' },
  );
}

export function actorsQuery() {
  return jsonFileQuery<ActorCollection>(
    'actors.geojson',
    bySchema(ActorCollectionSchema) as (json: unknown) => { ok: true; value: ActorCollection } | { ok: false; detail: string },
  );
}

export function linksQuery() {
  return jsonFileQuery<Link[]>('links.json', bySchema(LinksSchema));
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
    queryFn: async ({ signal }): Promise<Basemap> => topologyToBasemap(file, await fetchJson(file, signal)),
    ...STATIC,
  });
}

const BASEMAP_OBJECTS = ['regions', 'departements', 'labels'] as const;

function topologyToBasemap(file: string, json: unknown): Basemap {
  if (!isRecord(json) || json['type'] !== 'Topology' || !isRecord(json['objects'])) {
    throw new DataFileError(file, 'shape', 'expected a TopoJSON Topology');
  }
  const objects = json['objects'];
  for (const name of BASEMAP_OBJECTS) {
    const object = objects[name];
    if (!isRecord(object) || object['type'] !== 'GeometryCollection') {
      throw new DataFileError(file, 'shape', `expected a GeometryCollection named "${name}"`);
    }
  }
  const topology = json as unknown as Topology<{
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

async function fetchJson(file: string, signal: AbortSignal): Promise<unknown> {
  const url = `${import.meta.env.BASE_URL}data/${file}`;
  let response: Response;
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, RESPONSE_TIMEOUT_MS);
  try {
    response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal.aborted) throw cause;
    if (timedOut) throw new DataFileError(file, 'timeout', `no answer in ${RESPONSE_TIMEOUT_MS / 1000} s`, { cause });
    throw new DataFileError(file, 'network', 'the request failed', { cause });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new DataFileError(file, 'http', status);
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new DataFileError(file, 'json', 'the body is not JSON', { cause });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The commune gazetteer (35,000 communes with their populations, ~600 KB gzipped), checked once.
 * Only near-me and the coverage views ask for it, when first used: never on first load.
 */
export function gazetteerQuery() {
  return jsonFileQuery<Gazetteer>('gazetteer.json', bySchema(GazetteerSchema));
}

const fragilityValue = z.looseObject({
  value: z.number(),
  previous: z.nullable(z.number()),
  indicator: z.number(),
  score: z.number(),
});

const FragilitySchema = z.looseObject({
  source: z.looseObject({ credit: z.string(), url: z.string(), scaleFr: z.string(), scaleEn: z.string() }),
  indices: z.array(
    z.looseObject({
      id: z.string(),
      dimension: z.enum(DIMENSIONS.codes as unknown as [string, ...string[]]),
      domain: z.string(),
      domainEn: z.string(),
      labelFr: z.string(),
      labelEn: z.string(),
      unit: z.string(),
      year: z.string(),
      previousYear: z.nullable(z.string()),
      higherIsMoreFragile: z.boolean(),
      indicatorKind: z.enum(['value', 'growth']),
      careNoteFr: z.optional(z.string()),
      careNoteEn: z.optional(z.string()),
      valueNoteFr: z.optional(z.string()),
      valueNoteEn: z.optional(z.string()),
      values: z.record(z.string(), fragilityValue),
    }),
  ),
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  national: z.object({ code: z.string(), name: z.string() }),
});

/**
 * The IMPACT fragility indices (a few KB), loaded when the fragility overlay or the coverage
 * ranking needs them, or when the layers control is opened.
 */
export function fragilityQuery() {
  return jsonFileQuery<FragilityData>(
    'fragility.json',
    bySchema(FragilitySchema) as (json: unknown) => { ok: true; value: FragilityData } | { ok: false; detail: string },
  );
}
