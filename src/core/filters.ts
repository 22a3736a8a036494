/**
 * Facet filtering and faceted counts. Within a facet the options add up (dialogue OR lieu);
 * across facets they narrow (practice AND profile). Each option's count is the number of actors
 * it would match given all the other facets, as people expect of a faceted search.
 *
 * Actors are first turned into a columnar table of small integers so that one filter pass over
 * 100,000 actors is a tight loop over typed arrays, not a walk over objects.
 */
import type { ActorFeature } from './model';
import { KINDS, PRACTICES, PROFILES, SCOPES, type Kind, type Practice, type Profile, type Scope } from './vocabulary';

export type DataFilter = 'all' | 'real' | 'sample';

export interface Filters {
  practices: Practice[];
  profiles: Profile[];
  scopes: Scope[];
  kinds: Kind[];
  themes: string[];
  regions: string[];
  departements: string[];
  data: DataFilter;
  /** Minimum qualification, 0–1. */
  minQualification: number;
  /** Free text (the search itself is done by the search index). */
  text: string;
}

export const EMPTY_FILTERS: Filters = Object.freeze({
  practices: [],
  profiles: [],
  scopes: [],
  kinds: [],
  themes: [],
  regions: [],
  departements: [],
  data: 'all',
  minQualification: 0,
  text: '',
}) as Filters;

/** The facets that have counted options, in display order. */
export const FACETS = ['practices', 'profiles', 'scopes', 'kinds', 'themes', 'regions', 'departements', 'data'] as const;
export type Facet = (typeof FACETS)[number];

/** Facets plus the two that have no options to count (qualification, text). */
const TEST_ORDER = [...FACETS, 'minQualification', 'text'] as const;
type Test = (typeof TEST_ORDER)[number];
const BIT: Record<Test, number> = Object.fromEntries(TEST_ORDER.map((t, i) => [t, 1 << i])) as Record<Test, number>;
const ALL_BITS = (1 << TEST_ORDER.length) - 1;

/** The code of a profile or scope the source does not give (the vocabularies are far shorter). */
export const UNKNOWN = 255;

/**
 * The ids of a column coded from the data (régions, départements, themes), in the smallest typed
 * array that holds every distinct value: a sheet may carry more than 65,536 distinct themes.
 */
export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

export interface ActorTable {
  readonly size: number;
  readonly ids: readonly string[];
  /** Bit i set: the actor has practice PRACTICES.codes[i]. */
  readonly practiceMask: Uint8Array;
  readonly profile: Uint8Array;
  readonly scope: Uint8Array;
  readonly kind: Uint8Array;
  readonly sample: Uint8Array;
  /** Qualification × 100, rounded. */
  readonly qualification: Uint8Array;
  readonly region: CodeArray;
  readonly departement: CodeArray;
  /** Theme ids of actor i: themeIds[themeStart[i] .. themeStart[i+1]). */
  readonly themeStart: Uint32Array;
  readonly themeIds: CodeArray;
  readonly regionCodes: readonly string[];
  readonly departementCodes: readonly string[];
  readonly themes: readonly string[];
}

/** The same choices (the filters are small plain values: compared as their JSON). */
export function sameFilters(a: Filters, b: Filters): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The practices as a bit mask: bit k for `PRACTICES.codes[k]`. */
export function practiceMaskOf(practices: readonly Practice[]): number {
  let mask = 0;
  for (const p of practices) mask |= 1 << PRACTICES.codes.indexOf(p);
  return mask;
}

export function buildActorTable(features: readonly ActorFeature[]): ActorTable {
  const t = tableInProgress(features.length);
  features.forEach((f, i) => {
    const a = f.properties;
    t.practiceMask[i] = practiceMaskOf(a.practices);
    t.profile[i] = a.profile === null ? UNKNOWN : PROFILES.codes.indexOf(a.profile);
    t.scope[i] = a.scope === null ? UNKNOWN : SCOPES.codes.indexOf(a.scope);
    t.kind[i] = KINDS.codes.indexOf(a.kind);
    t.sample[i] = a.sample ? 1 : 0;
    t.qualification[i] = Math.round(a.qualification * 100);
    t.region[i] = t.regionCodes.id(a.region);
    t.departement[i] = t.depCodes.id(a.departement);
    t.themeStart[i] = t.themeList.length;
    for (const theme of a.themes) t.themeList.push(t.themes.id(theme));
  });
  return finishedTable(
    features.map((f) => f.properties.id),
    t,
  );
}

/** The columns of a table of `n` rows being filled (`buildActorTable`, `actorTableOfColumns`). */
export function tableInProgress(n: number) {
  return {
    regionCodes: new Interner(),
    depCodes: new Interner(),
    themes: new Interner(),
    practiceMask: new Uint8Array(n),
    profile: new Uint8Array(n),
    scope: new Uint8Array(n),
    kind: new Uint8Array(n),
    sample: new Uint8Array(n),
    qualification: new Uint8Array(n),
    region: new Uint32Array(n),
    departement: new Uint32Array(n),
    themeStart: new Uint32Array(n + 1),
    themeList: [] as number[],
  };
}

/** The table of rows `ids` once `t` is filled, its codes in the fewest bits that hold them. */
export function finishedTable(ids: readonly string[], t: ReturnType<typeof tableInProgress>): ActorTable {
  const n = ids.length;
  t.themeStart[n] = t.themeList.length;
  return {
    size: n,
    ids,
    practiceMask: t.practiceMask,
    profile: t.profile,
    scope: t.scope,
    kind: t.kind,
    sample: t.sample,
    qualification: t.qualification,
    region: codeArray(t.region, t.regionCodes.values.length),
    departement: codeArray(t.departement, t.depCodes.values.length),
    themeStart: t.themeStart,
    themeIds: codeArray(t.themeList, t.themes.values.length),
    regionCodes: t.regionCodes.values,
    departementCodes: t.depCodes.values,
    themes: t.themes.values,
  };
}

export interface FilterResult {
  /** 1 where the actor matches every filter. */
  matches: Uint8Array;
  total: number;
  counts: FacetCounts;
}

/**
 * Each facet's options and their counts. The options of themes, régions and départements come from
 * the data, so the records have no prototype: a theme named `__proto__` or `constructor` is an
 * option like any other.
 */
export type FacetCounts = { [F in Facet]: Record<string, number> };

/**
 * Applies the filters. `textHits` holds 1 at the rows the text search found (undefined when there
 * is no text). Returns the matches and, for every facet option, the count it would give.
 */
export function applyFilters(table: ActorTable, filters: Filters, textHits?: Uint8Array): FilterResult {
  const tests = compileTests(table, filters, textHits);
  const n = table.size;
  const matches = new Uint8Array(n);
  const counts = emptyCounts();
  const practiceCounts = new Uint32Array(PRACTICES.codes.length);
  const profileCounts = new Uint32Array(PROFILES.codes.length);
  const scopeCounts = new Uint32Array(SCOPES.codes.length);
  const kindCounts = new Uint32Array(KINDS.codes.length);
  const regionCounts = new Uint32Array(table.regionCodes.length);
  const depCounts = new Uint32Array(table.departementCodes.length);
  const themeCounts = new Uint32Array(table.themes.length);
  const dataCounts = new Uint32Array(2);
  let total = 0;

  for (let i = 0; i < n; i += 1) {
    const passed = tests(i);
    if (passed === ALL_BITS) {
      matches[i] = 1;
      total += 1;
    }
    // An actor counts for facet F's options when it passes every test but F's own.
    if ((passed | BIT.practices) === ALL_BITS) {
      const m = table.practiceMask[i] ?? 0;
      for (let p = 0; p < practiceCounts.length; p += 1) if (m & (1 << p)) practiceCounts[p] = (practiceCounts[p] ?? 0) + 1;
    }
    if ((passed | BIT.profiles) === ALL_BITS) bump(profileCounts, table.profile[i]);
    if ((passed | BIT.scopes) === ALL_BITS) bump(scopeCounts, table.scope[i]);
    if ((passed | BIT.kinds) === ALL_BITS) bump(kindCounts, table.kind[i]);
    if ((passed | BIT.regions) === ALL_BITS) bump(regionCounts, table.region[i]);
    if ((passed | BIT.departements) === ALL_BITS) bump(depCounts, table.departement[i]);
    if ((passed | BIT.data) === ALL_BITS) bump(dataCounts, table.sample[i]);
    if ((passed | BIT.themes) === ALL_BITS) {
      for (let k = table.themeStart[i] ?? 0; k < (table.themeStart[i + 1] ?? 0); k += 1) bump(themeCounts, table.themeIds[k]);
    }
  }

  PRACTICES.codes.forEach((c, i) => (counts.practices[c] = practiceCounts[i] ?? 0));
  PROFILES.codes.forEach((c, i) => (counts.profiles[c] = profileCounts[i] ?? 0));
  SCOPES.codes.forEach((c, i) => (counts.scopes[c] = scopeCounts[i] ?? 0));
  KINDS.codes.forEach((c, i) => (counts.kinds[c] = kindCounts[i] ?? 0));
  table.regionCodes.forEach((c, i) => c && (counts.regions[c] = regionCounts[i] ?? 0));
  table.departementCodes.forEach((c, i) => c && (counts.departements[c] = depCounts[i] ?? 0));
  table.themes.forEach((c, i) => (counts.themes[c] = themeCounts[i] ?? 0));
  counts.data.real = dataCounts[0] ?? 0;
  counts.data.sample = dataCounts[1] ?? 0;
  counts.data.all = (dataCounts[0] ?? 0) + (dataCounts[1] ?? 0);
  return { matches, total, counts };
}

/** Number of active filters (each selected option, the data choice, the minimum, the text). */
export function activeFilterCount(filters: Filters): number {
  return (
    filters.practices.length +
    filters.profiles.length +
    filters.scopes.length +
    filters.kinds.length +
    filters.themes.length +
    filters.regions.length +
    filters.departements.length +
    (filters.data === 'all' ? 0 : 1) +
    (filters.minQualification > 0 ? 1 : 0) +
    (filters.text.trim() ? 1 : 0)
  );
}

/** Returns a function giving, for row i, the bit set of the tests it passes. */
function compileTests(table: ActorTable, f: Filters, textHits?: Uint8Array): (i: number) => number {
  const practicesChosen = practiceMaskOf(f.practices);
  const profileChosen = chosenByCode(f.profiles.map((p) => PROFILES.codes.indexOf(p)));
  const scopeChosen = chosenByCode(f.scopes.map((s) => SCOPES.codes.indexOf(s)));
  const kindChosen = chosenByCode(f.kinds.map((k) => KINDS.codes.indexOf(k)));
  const regionChosen = chosenByCode(f.regions.map((r) => table.regionCodes.indexOf(r)));
  const departementChosen = chosenByCode(f.departements.map((d) => table.departementCodes.indexOf(d)));
  const themeChosen = chosenByCode(f.themes.map((t) => table.themes.indexOf(t)));
  const minQ = Math.round(f.minQualification * 100);
  const wantSample = f.data === 'sample' ? 1 : 0;

  return (i) => {
    let bits = 0;
    if (!practicesChosen || (table.practiceMask[i] ?? 0) & practicesChosen) bits |= BIT.practices;
    if (!profileChosen || profileChosen[table.profile[i] ?? UNKNOWN] === 1) bits |= BIT.profiles;
    if (!scopeChosen || scopeChosen[table.scope[i] ?? UNKNOWN] === 1) bits |= BIT.scopes;
    if (!kindChosen || kindChosen[table.kind[i] ?? UNKNOWN] === 1) bits |= BIT.kinds;
    if (!regionChosen || regionChosen[table.region[i] ?? -1] === 1) bits |= BIT.regions;
    if (!departementChosen || departementChosen[table.departement[i] ?? -1] === 1) bits |= BIT.departements;
    if (f.data === 'all' || table.sample[i] === wantSample) bits |= BIT.data;
    if ((table.qualification[i] ?? 0) >= minQ) bits |= BIT.minQualification;
    if (!textHits || textHits[i] === 1) bits |= BIT.text;
    if (!themeChosen) {
      bits |= BIT.themes;
    } else {
      for (let k = table.themeStart[i] ?? 0; k < (table.themeStart[i + 1] ?? 0); k += 1) {
        if (themeChosen[table.themeIds[k] ?? -1] === 1) {
          bits |= BIT.themes;
          break;
        }
      }
    }
    return bits;
  };
}

/**
 * For one facet, indexed by the table's code of a value: 1 where the value is chosen. null when
 * nothing is chosen (the facet lets everything through); unknown codes (-1) choose nothing. A
 * typed-array lookup per row, not a Set's.
 */
function chosenByCode(indices: number[]): Uint8Array | null {
  if (indices.length === 0) return null;
  const selected = new Uint8Array(Math.max(0, ...indices) + 1);
  for (const index of indices) if (index >= 0) selected[index] = 1;
  return selected;
}

/** The ids in the smallest typed array that holds `distinct` values. */
function codeArray(ids: ArrayLike<number>, distinct: number): CodeArray {
  if (distinct <= 0x100) return Uint8Array.from(ids);
  if (distinct <= 0x10000) return Uint16Array.from(ids);
  return Uint32Array.from(ids);
}

function bump(counts: Uint32Array, index: number | undefined): void {
  if (index !== undefined && index < counts.length) counts[index] = (counts[index] ?? 0) + 1;
}

function emptyCounts(): FacetCounts {
  const counts = {} as FacetCounts;
  for (const facet of FACETS) counts[facet] = Object.create(null) as Record<string, number>;
  return counts;
}

/** Each distinct value's number, in the order values are first met. */
export class Interner {
  readonly values: string[] = [];
  private readonly map = new Map<string, number>();
  id(value: string): number {
    let id = this.map.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.map.set(value, id);
    }
    return id;
  }
}
