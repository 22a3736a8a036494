/**
 * Derives the map's geography from the inputs under `geo/` and the official COG:
 *   public/data/basemap.topo.json  régions, départements and their label points (TopoJSON)
 *   public/data/gazetteer.json     communes, départements and régions with a point each
 *   public/data/places.json        the towns the basemap names (préfectures, then by population)
 * Same inputs → byte-identical outputs: everything is sorted and rounded.
 *
 * Run: npx tsx scripts/build-geo.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { z } from 'zod';
import {
  GAZETTEER_VERSION,
  normalizeName,
  type Departement,
  type Gazetteer,
  type GazetteerColumns,
  type Region,
} from '../src/core/gazetteer';
import { placeLabels, PLACES_FILE } from '../src/core/place-labels';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

export const BASEMAP_FILE = 'basemap.topo.json';
/** The same layers, much simplified: what the map draws first, over the whole of France. */
export const BASEMAP_OVERVIEW_FILE = 'basemap-overview.topo.json';
export const GAZETTEER_FILE = 'gazetteer.json';

/** Removes details under ~100 m: invisible at the zooms where départements are drawn. */
const SIMPLIFY_INTERVAL_METERS = 100;
/** The overview: 1.5 km is below a pixel up to zoom 6, the zoom France is shown at. */
const OVERVIEW_SIMPLIFY_INTERVAL_METERS = 1500;
const OVERVIEW_QUANTIZATION = 100_000;
/** Grid of the TopoJSON coordinates over the whole extent (metropole + DROM): ~20 m steps. */
const TOPOJSON_QUANTIZATION = 400_000;
const COORDINATE_DECIMALS = 5;
const GZIP_LEVEL = 9;

export interface BuildGeoOptions {
  /** Where the outputs go; `public/data` by default. */
  outDir?: string;
  /** Where `regions.geojson`, `departements.geojson` and `communes-points.csv` are; `geo` by default. */
  geoDir?: string;
  log?: (line: string) => void;
}

export interface FileSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface GeoReport {
  regions: number;
  departements: number;
  communes: number;
  delegated: number;
  /** Current communes whose point was taken from one of their delegated communes. */
  pointFromDelegated: string[];
  /** Current communes of the mapped départements without any point, skipped. */
  withoutPoint: { code: string; name: string }[];
  /** Current communes of collectivités that have no geometry (Saint-Pierre-et-Miquelon, Polynésie…), skipped. */
  outsideMap: number;
  basemap: FileSize;
  /** The simplified basemap of the first view. */
  overview: FileSize;
  gazetteer: FileSize;
  places: FileSize;
  durationMs: number;
}

export interface BuildGeoResult {
  gazetteer: Gazetteer;
  report: GeoReport;
}

// --- Inputs -----------------------------------------------------------------------------------

const territoryCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ code: z.string(), nom: z.string() }),
      geometry: z.unknown(),
    }),
  ),
});
type TerritoryCollection = z.infer<typeof territoryCollection>;

const cogCommunes = z.array(
  z.object({
    code: z.string(),
    nom: z.string(),
    departement: z.string(),
    region: z.string(),
    type: z.enum(['commune-actuelle', 'commune-deleguee', 'commune-associee', 'arrondissement-municipal']),
    codesPostaux: z.array(z.string()).optional(),
    population: z.number().optional(),
    chefLieu: z.string().optional(),
  }),
);
type CogCommune = z.infer<typeof cogCommunes>[number];

const cogTerritories = z.array(z.object({ code: z.string(), nom: z.string(), chefLieu: z.string(), region: z.string().optional() }));
type CogTerritory = z.infer<typeof cogTerritories>[number];

const pointRow = z.object({
  code: z.string().min(1),
  lat: z.coerce.number().pipe(z.number().finite()),
  lon: z.coerce.number().pipe(z.number().finite()),
});

interface Point {
  lat: number;
  lon: number;
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

function readCog<T>(name: string, schema: z.ZodType<T>): T {
  return readJson(require.resolve(`@etalab/decoupage-administratif/data/${name}.json`), schema);
}

function readPoints(file: string): Map<string, Point> {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transform: (value) => value.trim(),
  });
  const points = new Map<string, Point>();
  for (const row of parsed.data) {
    const { code, lat, lon } = pointRow.parse(row);
    points.set(code, { lat: round(lat), lon: round(lon) });
  }
  return points;
}

// --- Gazetteer --------------------------------------------------------------------------------

const ROUNDING = 10 ** COORDINATE_DECIMALS;

function round(x: number): number {
  return Math.round(x * ROUNDING) / ROUNDING;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The point of the set closest to the set's mean: a central point that is a real place. */
function medoid(points: readonly Point[]): Point | undefined {
  if (points.length === 0) return undefined;
  const lat = points.reduce((sum, p) => sum + p.lat, 0) / points.length;
  const lon = points.reduce((sum, p) => sum + p.lon, 0) / points.length;
  const distance = (p: Point): number => (p.lat - lat) ** 2 + (p.lon - lon) ** 2;
  return points.reduce((best, p) => (distance(p) < distance(best) ? p : best));
}

interface GazetteerRow {
  code: string;
  name: string;
  dep: string;
  postcodes: string;
  point: Point;
  population: number;
  parent: string;
}

function toColumns(rows: GazetteerRow[]): GazetteerColumns {
  const sorted = [...rows].sort((a, b) => compare(a.code, b.code) || compare(a.parent, b.parent) || compare(a.name, b.name));
  return {
    code: sorted.map((r) => r.code),
    name: sorted.map((r) => r.name),
    dep: sorted.map((r) => r.dep),
    postcodes: sorted.map((r) => r.postcodes),
    lat: sorted.map((r) => r.point.lat),
    lon: sorted.map((r) => r.point.lon),
    population: sorted.map((r) => r.population),
    parent: sorted.map((r) => r.parent),
  };
}

interface CommuneSelection {
  rows: GazetteerRow[];
  current: Map<string, GazetteerRow>;
  pointFromDelegated: string[];
  withoutPoint: { code: string; name: string }[];
  outsideMap: number;
}

function selectCommunes(
  communes: readonly CogCommune[],
  points: ReadonlyMap<string, Point>,
  mappedDepartements: ReadonlySet<string>,
): CommuneSelection {
  const delegated = communes.filter((c) => c.type === 'commune-deleguee' || c.type === 'commune-associee');
  const delegatedPoints = new Map<string, Point[]>();
  for (const d of delegated) {
    const point = points.get(d.code);
    if (point !== undefined && d.chefLieu !== undefined) {
      delegatedPoints.set(d.chefLieu, [...(delegatedPoints.get(d.chefLieu) ?? []), point]);
    }
  }

  const selection: CommuneSelection = {
    rows: [],
    current: new Map(),
    pointFromDelegated: [],
    withoutPoint: [],
    outsideMap: 0,
  };
  for (const c of communes) {
    if (c.type !== 'commune-actuelle') continue;
    if (!mappedDepartements.has(c.departement)) {
      selection.outsideMap++;
      continue;
    }
    // Communes created since 2018 under a new code have no point of their own.
    const fallback = medoid(delegatedPoints.get(c.code) ?? []);
    const point = points.get(c.code) ?? fallback;
    if (point === undefined) {
      selection.withoutPoint.push({ code: c.code, name: c.nom });
      continue;
    }
    if (!points.has(c.code)) selection.pointFromDelegated.push(c.code);
    const row: GazetteerRow = {
      code: c.code,
      name: c.nom,
      dep: c.departement,
      postcodes: [...new Set(c.codesPostaux ?? [])].sort(compare).join(' '),
      point,
      population: c.population ?? 0,
      parent: '',
    };
    selection.rows.push(row);
    selection.current.set(c.code, row);
  }

  for (const d of delegated) {
    const point = points.get(d.code);
    const parent = d.chefLieu === undefined ? undefined : selection.current.get(d.chefLieu);
    if (point === undefined || parent === undefined) continue;
    if (parent.code === d.code && normalizeName(parent.name) === normalizeName(d.nom)) continue;
    selection.rows.push({
      code: d.code,
      name: d.nom,
      dep: d.departement,
      postcodes: '',
      point,
      population: 0,
      parent: parent.code,
    });
  }
  return selection;
}

function populationBy(communes: readonly CogCommune[], key: (c: CogCommune) => string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of communes) {
    if (c.type !== 'commune-actuelle') continue;
    totals.set(key(c), (totals.get(key(c)) ?? 0) + (c.population ?? 0));
  }
  return totals;
}

function chefLieuPoint(territory: CogTerritory, current: ReadonlyMap<string, GazetteerRow>): Point {
  const row = current.get(territory.chefLieu);
  if (row === undefined) {
    throw new Error(`Pas de point pour le chef-lieu ${territory.chefLieu} de ${territory.nom} (${territory.code})`);
  }
  return row.point;
}

function territories<T>(cog: readonly CogTerritory[], mapped: ReadonlySet<string>, build: (t: CogTerritory) => T): T[] {
  const kept = cog.filter((t) => mapped.has(t.code)).sort((a, b) => compare(a.code, b.code));
  const missing = [...mapped].filter((code) => !kept.some((t) => t.code === code));
  if (missing.length > 0) throw new Error(`Territoires absents du COG : ${missing.join(', ')}`);
  return kept.map(build);
}

interface GazetteerBuild {
  gazetteer: Gazetteer;
  selection: CommuneSelection;
  departementRegion: Map<string, string>;
}

function buildGazetteer(geoDir: string, regionCodes: ReadonlySet<string>, departementCodes: ReadonlySet<string>): GazetteerBuild {
  const communes = readCog('communes', cogCommunes);
  const selection = selectCommunes(communes, readPoints(path.join(geoDir, 'communes-points.csv')), departementCodes);
  const depPopulation = populationBy(communes, (c) => c.departement);
  const regionPopulation = populationBy(communes, (c) => c.region);

  const departements = territories(readCog('departements', cogTerritories), departementCodes, (d): Departement => ({
    code: d.code,
    name: d.nom,
    region: d.region ?? '',
    chefLieu: d.chefLieu,
    ...chefLieuPoint(d, selection.current),
    population: depPopulation.get(d.code) ?? 0,
  }));
  const regions = territories(readCog('regions', cogTerritories), regionCodes, (r): Region => ({
    code: r.code,
    name: r.nom,
    chefLieu: r.chefLieu,
    ...chefLieuPoint(r, selection.current),
    population: regionPopulation.get(r.code) ?? 0,
  }));
  return {
    gazetteer: { version: GAZETTEER_VERSION, communes: toColumns(selection.rows), departements, regions },
    selection,
    departementRegion: new Map(departements.map((d) => [d.code, d.region])),
  };
}

// --- Basemap ----------------------------------------------------------------------------------

interface Mapshaper {
  applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, string | Uint8Array>>;
}

function sortedFeatures(collection: TerritoryCollection, extra: (code: string) => Record<string, string>) {
  return {
    type: 'FeatureCollection',
    features: [...collection.features]
      .sort((a, b) => compare(a.properties.code, b.properties.code))
      .map((f) => ({
        type: 'Feature',
        properties: { code: f.properties.code, nom: f.properties.nom, ...extra(f.properties.code) },
        geometry: f.geometry,
      })),
  };
}

/** The two layers share their arcs, so simplification keeps région and département borders together. */
async function buildBasemap(
  regions: TerritoryCollection,
  departements: TerritoryCollection,
  departementRegion: ReadonlyMap<string, string>,
  detail: { interval: number; quantization: number } = { interval: SIMPLIFY_INTERVAL_METERS, quantization: TOPOJSON_QUANTIZATION },
): Promise<string> {
  const mapshaper = require('mapshaper') as Mapshaper;
  const commands = [
    '-i regions.json departements.json combine-files',
    // keep-shapes protects features, not parts: exploded, every island is a feature of its own.
    '-explode target=regions,departements',
    `-simplify interval=${detail.interval} keep-shapes`,
    '-dissolve code copy-fields=nom target=regions',
    '-dissolve code copy-fields=nom,region target=departements',
    '-filter-fields code,nom target=regions',
    '-filter-fields code,nom,region target=departements',
    '-points inner target=regions + name=region_labels',
    `-each "level='region'" target=region_labels`,
    '-points inner target=departements + name=departement_labels',
    `-each "level='departement'" target=departement_labels`,
    '-filter-fields code,nom,level target=departement_labels',
    '-merge-layers target=region_labels,departement_labels name=labels',
    `-o ${BASEMAP_FILE} format=topojson quantization=${detail.quantization} target=regions,departements,labels`,
    '-quiet',
  ].join(' ');
  const output = await mapshaper.applyCommands(commands, {
    'regions.json': sortedFeatures(regions, () => ({})),
    'departements.json': sortedFeatures(departements, (code) => ({ region: departementRegion.get(code) ?? '' })),
  });
  const topojson = output[BASEMAP_FILE];
  if (topojson === undefined) throw new Error('mapshaper n’a pas produit le fond de carte');
  return typeof topojson === 'string' ? topojson : Buffer.from(topojson).toString('utf8');
}

// --- Outputs ----------------------------------------------------------------------------------

function write(dir: string, name: string, content: string): FileSize {
  const file = path.join(dir, name);
  const bytes = Buffer.from(content, 'utf8');
  writeFileSync(file, bytes);
  return { path: file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: GZIP_LEVEL }).length };
}

/** `places.json`, from the gazetteer (also written alone when only it is missing). */
export function writePlaceLabels(outDir: string, gazetteer: Gazetteer): FileSize {
  return write(outDir, PLACES_FILE, `${JSON.stringify(placeLabels(gazetteer))}\n`);
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} Ko`;
}

function formatReport(report: GeoReport): string[] {
  const size = (f: FileSize): string => `${path.basename(f.path)} : ${kilobytes(f.bytes)} (${kilobytes(f.gzipBytes)} gzip)`;
  const missing = report.withoutPoint.map((c) => `${c.name} (${c.code})`).join(', ');
  return [
    `Géographie construite en ${(report.durationMs / 1000).toFixed(1)} s`,
    `  ${report.regions} régions, ${report.departements} départements`,
    `  ${report.communes} communes, ${report.delegated} communes déléguées ou associées`,
    `  ${report.pointFromDelegated.length} communes placées au point d’une de leurs déléguées : ${report.pointFromDelegated.join(', ')}`,
    `  ${report.withoutPoint.length} communes sans point, ignorées${missing === '' ? '' : ` : ${missing}`}`,
    `  ${report.outsideMap} communes de collectivités sans fond de carte, ignorées`,
    `  ${size(report.basemap)}`,
    `  ${size(report.overview)}`,
    `  ${size(report.gazetteer)}`,
    `  ${size(report.places)}`,
  ];
}

export async function buildGeo(options: BuildGeoOptions = {}): Promise<BuildGeoResult> {
  const started = performance.now();
  const geoDir = options.geoDir ?? path.join(ROOT, 'geo');
  const outDir = options.outDir ?? path.join(ROOT, 'public', 'data');

  const regions = readJson(path.join(geoDir, 'regions.geojson'), territoryCollection);
  const departements = readJson(path.join(geoDir, 'departements.geojson'), territoryCollection);
  const regionCodes = new Set(regions.features.map((f) => f.properties.code));
  const departementCodes = new Set(departements.features.map((f) => f.properties.code));

  const { gazetteer, selection, departementRegion } = buildGazetteer(geoDir, regionCodes, departementCodes);
  const basemap = await buildBasemap(regions, departements, departementRegion);
  const overview = await buildBasemap(regions, departements, departementRegion, {
    interval: OVERVIEW_SIMPLIFY_INTERVAL_METERS,
    quantization: OVERVIEW_QUANTIZATION,
  });

  mkdirSync(outDir, { recursive: true });
  const report: GeoReport = {
    regions: gazetteer.regions.length,
    departements: gazetteer.departements.length,
    communes: selection.current.size,
    delegated: selection.rows.length - selection.current.size,
    pointFromDelegated: selection.pointFromDelegated,
    withoutPoint: selection.withoutPoint,
    outsideMap: selection.outsideMap,
    basemap: write(outDir, BASEMAP_FILE, basemap),
    overview: write(outDir, BASEMAP_OVERVIEW_FILE, overview),
    gazetteer: write(outDir, GAZETTEER_FILE, `${JSON.stringify(gazetteer)}\n`),
    places: writePlaceLabels(outDir, gazetteer),
    durationMs: 0,
  };
  report.durationMs = performance.now() - started;
  for (const line of formatReport(report)) (options.log ?? console.log)(line);
  return { gazetteer, report };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildGeo();
}
