/**
 * The filter table (`ActorTable`) made straight from the actors' columns, as the worker that reads
 * `actors.columns.json` has them: each dictionary value is coded once, then every row is a copy of
 * numbers (~10 ms at 100,000 actors, where `buildActorTable` takes ~0.1 s on the page's rows, on
 * the first map's path). The same table as `buildActorTable` of the same rows, codes included:
 * régions, départements and themes are numbered in the order the rows first meet them.
 */
import type { ActorColumnsLike } from './actor-columns';
import { codeArray, Interner, UNKNOWN, type ActorTable } from './filters';
import { KINDS, PRACTICES, PROFILES, SCOPES } from './vocabulary';

/** Row `i`'s number for a coded column: its dictionary value's, interned when first met. */
function interned(column: { values: readonly string[]; index: ArrayLike<number> }, interner: Interner) {
  const local = new Int32Array(column.values.length).fill(-1);
  return (k: number): number => {
    let id = local[k]!;
    if (id < 0) local[k] = id = interner.id(column.values[k]!);
    return id;
  };
}

export function actorTableOfColumns(c: ActorColumnsLike): ActorTable {
  const n = c.id.length;
  const regionCodes = new Interner();
  const depCodes = new Interner();
  const themes = new Interner();
  const regionOf = interned(c.region, regionCodes);
  const depOf = interned(c.departement, depCodes);
  const themeOf = interned(c.themes, themes);
  const kindCode = c.kind.values.map((k) => KINDS.codes.indexOf(k));
  const profileCode = c.profile.values.map((p) => (p === null ? UNKNOWN : PROFILES.codes.indexOf(p)));
  const scopeCode = c.scope.values.map((p) => (p === null ? UNKNOWN : SCOPES.codes.indexOf(p)));
  const practiceBit = c.practices.values.map((p) => 1 << PRACTICES.codes.indexOf(p));

  const practiceMask = new Uint8Array(n);
  const profile = new Uint8Array(n);
  const scope = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const sample = new Uint8Array(n);
  const qualification = new Uint8Array(n);
  const region = new Uint32Array(n);
  const departement = new Uint32Array(n);
  const themeStart = new Uint32Array(n + 1);
  const themeList: number[] = [];
  for (let i = 0; i < n; i += 1) {
    let mask = 0;
    for (let j = c.practices.offsets[i]!; j < c.practices.offsets[i + 1]!; j += 1) mask |= practiceBit[c.practices.index[j]!]!;
    practiceMask[i] = mask;
    profile[i] = profileCode[c.profile.index[i]!]!;
    scope[i] = scopeCode[c.scope.index[i]!]!;
    kind[i] = kindCode[c.kind.index[i]!]!;
    sample[i] = c.sample[i] ? 1 : 0;
    qualification[i] = Math.round(c.qualification[i]! * 100);
    region[i] = regionOf(c.region.index[i]!);
    departement[i] = depOf(c.departement.index[i]!);
    themeStart[i] = themeList.length;
    for (let j = c.themes.offsets[i]!; j < c.themes.offsets[i + 1]!; j += 1) themeList.push(themeOf(c.themes.index[j]!));
  }
  themeStart[n] = themeList.length;
  return {
    size: n,
    ids: c.id,
    practiceMask,
    profile,
    scope,
    kind,
    sample,
    qualification,
    region: codeArray(region, regionCodes.values.length),
    departement: codeArray(departement, depCodes.values.length),
    themeStart,
    themeIds: codeArray(themeList, themes.values.length),
    regionCodes: regionCodes.values,
    departementCodes: depCodes.values,
    themes: themes.values,
  };
}
