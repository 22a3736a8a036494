/**
 * The gazetteer: French communes, départements and régions with a point each, and the lookups
 * that turn what people type (a name, a postcode, an INSEE code) into a place.
 *
 * The JSON the pipeline writes (`public/data/gazetteer.json`) is columnar to stay small; the
 * index is built from it once and answers every lookup from maps and sorted arrays.
 */
import { stripAccents } from './grammar/text';
import { runSteps, runStepsInSlices } from './steps';

export const GAZETTEER_VERSION = 1;

/** One array per field, all of the same length: row `i` of every column is commune `i`. */
export interface GazetteerColumns {
  code: string[];
  name: string[];
  dep: string[];
  /** Space-separated postcodes ('' for delegated and associated communes). */
  postcodes: string[];
  lat: number[];
  lon: number[];
  population: number[];
  /** '' for a current commune, else the code of the current commune it belongs to. */
  parent: string[];
}

export interface Departement {
  code: string;
  name: string;
  region: string;
  /** INSEE code of the chef-lieu commune; `lat`/`lon` are its point. */
  chefLieu: string;
  lat: number;
  lon: number;
  /** Sum of the populations of its current communes. */
  population: number;
}

export interface Region {
  code: string;
  name: string;
  chefLieu: string;
  lat: number;
  lon: number;
  population: number;
}

export interface Gazetteer {
  version: typeof GAZETTEER_VERSION;
  communes: GazetteerColumns;
  departements: Departement[];
  regions: Region[];
}

export interface Commune {
  code: string;
  name: string;
  departement: string;
  region: string;
  /** A delegated or associated commune shows its current commune's postcodes. */
  postcodes: string[];
  lat: number;
  lon: number;
  population: number;
  /** '' for a current commune, else the code of the current commune it belongs to. */
  parent: string;
}

/** What a spreadsheet row says about a place; blank fields count as absent. */
export interface ResolveInput {
  code?: string | undefined;
  postcode?: string | undefined;
  name?: string | undefined;
  departement?: string | undefined;
}

export type Resolution = { commune: Commune; how: 'code' | 'postcode' | 'name' } | { ambiguous: Commune[] } | { notFound: true };

export interface GazetteerIndex {
  readonly communes: readonly Commune[];
  readonly departements: readonly Departement[];
  readonly regions: readonly Region[];
  /** The current commune with this INSEE code. */
  byCode(code: string): Commune | undefined;
  /** The current communes served by this postcode, most populated first. */
  byPostcode(postcode: string): Commune[];
  /** Exact match on the normalised name, most populated first; all homonyms without `departement`. */
  byName(name: string, departement?: string): Commune[];
  /** Communes whose name, then postcode or code, starts with the query: exact matches first, then by population. */
  suggest(query: string, limit: number): Commune[];
  resolve(input: ResolveInput): Resolution;
  departement(code: string): Departement | undefined;
  region(code: string): Region | undefined;
  /** The chef-lieu commune of a département. */
  chefLieuOf(depCode: string): Commune | undefined;
}

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const LIGATURE_PATTERN = /[œæß]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
]);
/** "l" is what remains of "l'" once the apostrophe became a space. */
const LEADING_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l']);

/**
 * The form names are compared in: "Saint-Étienne", "st etienne" and "SAINT ETIENNE" give
 * "saint etienne"; "Les Mureaux" and "mureaux" give "mureaux". A lone article is kept, so that
 * no name normalises to nothing.
 */
export function normalizeName(s: string): string {
  const words = stripAccents(s)
    .replace(LIGATURE_PATTERN, (m) => LIGATURES[m] ?? m)
    .replace(NOT_ALPHANUMERIC, ' ')
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => ABBREVIATIONS.get(w) ?? w);
  const first = words[0];
  if (words.length > 1 && first !== undefined && LEADING_ARTICLES.has(first)) words.shift();
  return words.join(' ');
}

const POSTCODE_LENGTH = 5;
const DEPARTEMENT_MIN_LENGTH = 2;
const BLANKS = /\s+/g;

/** Spreadsheets drop the leading zero of "01400": a four-digit code gets it back. */
function padDigits(s: string, length: number): string {
  return /^\d+$/.test(s) && s.length < length ? s.padStart(length, '0') : s;
}

/** "1053" → "01053", "2a004" → "2A004". */
export function normalizeInseeCode(code: string): string {
  return padDigits(code.replace(BLANKS, '').toUpperCase(), POSTCODE_LENGTH);
}

/** "75 001" → "75001", "1400" → "01400". */
export function normalizePostcode(postcode: string): string {
  return padDigits(postcode.replace(BLANKS, ''), POSTCODE_LENGTH);
}

/** "1" → "01", "2a" → "2A". */
export function normalizeDepartementCode(code: string): string {
  return padDigits(code.replace(BLANKS, '').toUpperCase(), DEPARTEMENT_MIN_LENGTH);
}

type Keyed = readonly [key: string, commune: Commune];

/** Index of the first entry whose key is ≥ `key` in entries sorted by key. */
function lowerBound(entries: readonly Keyed[], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const entry = entries[mid];
    if (entry !== undefined && entry[0] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function withPrefix(entries: readonly Keyed[], prefix: string): Keyed[] {
  const found: Keyed[] = [];
  for (let i = lowerBound(entries, prefix); i < entries.length; i++) {
    const entry = entries[i];
    if (entry === undefined || !entry[0].startsWith(prefix)) break;
    found.push(entry);
  }
  return found;
}

function byKey(a: Keyed, b: Keyed): number {
  return compareStrings(a[0], b[0]) || compareStrings(a[1].code, b[1].code);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPopulation(a: Commune, b: Commune): number {
  return b.population - a.population || compareStrings(a.name, b.name) || compareStrings(a.code, b.code);
}

/** Exact matches first, then by population; each commune once. */
function rank(matches: readonly Keyed[], exactKey: string): Commune[] {
  const exact = new Set<Commune>();
  const others = new Set<Commune>();
  for (const [key, commune] of matches) (key === exactKey ? exact : others).add(commune);
  for (const commune of exact) others.delete(commune);
  return [...[...exact].sort(byPopulation), ...[...others].sort(byPopulation)];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function column<T>(values: readonly T[], i: number, name: string): T {
  const value = values[i];
  if (value === undefined) throw new Error(`Gazetteer: column "${name}" has no row ${i}`);
  return value;
}

/** Rows worked between two pauses of `indexSteps`. */
const STEP_ROWS = 1000;

function* readCommunes(columns: GazetteerColumns, regionOf: ReadonlyMap<string, string>): Generator<void, Commune[]> {
  const rows = columns.code.length;
  const lengths = Object.entries(columns).filter(([, values]) => values.length !== rows);
  if (lengths.length > 0) {
    throw new Error(`Gazetteer: columns of unequal length (${lengths.map(([name]) => name).join(', ')})`);
  }
  const communes: Commune[] = [];
  for (let i = 0; i < rows; i++) {
    if (i % STEP_ROWS === 0) yield;
    const departement = column(columns.dep, i, 'dep');
    const postcodes = column(columns.postcodes, i, 'postcodes');
    communes.push({
      code: column(columns.code, i, 'code'),
      name: column(columns.name, i, 'name'),
      departement,
      region: regionOf.get(departement) ?? '',
      postcodes: postcodes === '' ? [] : postcodes.split(' '),
      lat: column(columns.lat, i, 'lat'),
      lon: column(columns.lon, i, 'lon'),
      population: column(columns.population, i, 'population'),
      parent: column(columns.parent, i, 'parent'),
    });
  }
  return communes;
}

export function buildGazetteerIndex(g: Gazetteer): GazetteerIndex {
  return runSteps(indexSteps(g));
}

/**
 * The same index, built in slices of about 25 ms, a new task between them: on a page's main
 * thread the 37,000 communes took one task of ~0.6 s on a slow machine, the first time « Près de
 * chez moi » was used.
 */
export function buildGazetteerIndexInSlices(g: Gazetteer): Promise<GazetteerIndex> {
  return runStepsInSlices(indexSteps(g), 25);
}

/** `buildGazetteerIndex`, pausing (`yield`) every `STEP_ROWS` rows and after each sort. */
function* indexSteps(g: Gazetteer): Generator<void, GazetteerIndex> {
  const departements = new Map(g.departements.map((d) => [d.code, d]));
  const regions = new Map(g.regions.map((r) => [r.code, r]));
  const communes = yield* readCommunes(g.communes, new Map(g.departements.map((d) => [d.code, d.region])));

  const current = new Map<string, Commune>();
  for (const c of communes) if (c.parent === '') current.set(c.code, c);
  for (const c of communes) {
    const parent = current.get(c.parent);
    if (parent !== undefined && c.postcodes.length === 0) c.postcodes = [...parent.postcodes];
  }
  yield;

  const postcodeMap = new Map<string, Commune[]>();
  const postcodeEntries: Keyed[] = [];
  const codeEntries: Keyed[] = [];
  for (const c of current.values()) {
    codeEntries.push([c.code, c]);
    for (const pc of c.postcodes) {
      pushTo(postcodeMap, pc, c);
      postcodeEntries.push([pc, c]);
    }
  }
  for (const list of postcodeMap.values()) list.sort(byPopulation);
  yield;

  // Folding the names is most of the work: paused every STEP_ROWS names.
  const nameMap = new Map<string, Commune[]>();
  for (let i = 0; i < communes.length; i++) {
    if (i % STEP_ROWS === 0) yield;
    const c = communes[i] as Commune;
    pushTo(nameMap, normalizeName(c.name), c);
  }
  const nameEntries: Keyed[] = [];
  for (const [key, list] of nameMap) {
    // A delegated commune named like its current commune adds nothing but ambiguity.
    const kept = list.filter((c) => c.parent === '' || !list.some((p) => p.code === c.parent && p.parent === ''));
    kept.sort(byPopulation);
    nameMap.set(key, kept);
    for (const c of kept) nameEntries.push([key, c]);
  }
  for (const entries of [nameEntries, postcodeEntries, codeEntries]) {
    yield;
    entries.sort(byKey);
  }

  const byCode = (code: string): Commune | undefined => current.get(normalizeInseeCode(code));
  const byPostcode = (postcode: string): Commune[] => [...(postcodeMap.get(normalizePostcode(postcode)) ?? [])];

  const byName = (name: string, departement?: string): Commune[] =>
    inDepartement([...(nameMap.get(normalizeName(name)) ?? [])], departement);

  function suggest(query: string, limit: number): Commune[] {
    const name = normalizeName(query);
    if (name === '' || limit <= 0) return [];
    const results = new Set(rank(withPrefix(nameEntries, name), name));
    const number = query.replace(BLANKS, '').toUpperCase();
    if (/^\d[\dAB]*$/.test(number)) {
      const matches = [...withPrefix(postcodeEntries, number), ...withPrefix(codeEntries, number)];
      for (const c of rank(matches, number)) results.add(c);
    }
    return [...results].slice(0, limit);
  }

  function resolve(input: ResolveInput): Resolution {
    const code = filled(input.code);
    const name = filled(input.name);
    const postcode = filled(input.postcode);
    const departement = filled(input.departement);
    if (code !== undefined) {
      const commune = byCode(code);
      if (commune !== undefined) return { commune, how: 'code' };
    }
    const named = name === undefined ? [] : byName(name, departement);
    const served = postcode === undefined ? [] : inDepartement(byPostcode(postcode), departement);
    if (name !== undefined && served.length > 0) {
      const servedCodes = new Set(served.map((c) => c.code));
      const narrowed = named.filter((c) => servedCodes.has(c.parent === '' ? c.code : c.parent));
      const found = pick(narrowed, 'postcode');
      if (found !== undefined) return found;
    }
    // A name the postcode does not serve may be a wrong postcode: the name alone decides.
    return pick(named, 'name') ?? pick(served, 'postcode') ?? { notFound: true };
  }

  return {
    communes,
    departements: g.departements,
    regions: g.regions,
    byCode,
    byPostcode,
    byName,
    suggest,
    resolve,
    departement: (code) => departements.get(normalizeDepartementCode(code)),
    region: (code) => regions.get(normalizeDepartementCode(code)),
    chefLieuOf(depCode) {
      const dep = departements.get(normalizeDepartementCode(depCode));
      return dep === undefined ? undefined : current.get(dep.chefLieu);
    },
  };
}

function filled(s: string | undefined): string | undefined {
  return s === undefined || s.trim() === '' ? undefined : s;
}

function inDepartement(communes: Commune[], departement: string | undefined): Commune[] {
  const wanted = filled(departement);
  if (wanted === undefined) return communes;
  const dep = normalizeDepartementCode(wanted);
  return communes.filter((c) => c.departement === dep);
}

/** The one commune found, or all of them when there are several. */
function pick(found: Commune[], how: 'postcode' | 'name'): Resolution | undefined {
  const [first, ...others] = found;
  if (first === undefined) return undefined;
  return others.length === 0 ? { commune: first, how } : { ambiguous: found };
}
