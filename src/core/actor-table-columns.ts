/**
 * The filter table (`ActorTable`) made straight from the actors' columns, as the worker that reads
 * `actors.columns.json` has them: each dictionary value is coded once, then every row is a copy of
 * numbers (~10 ms at 100,000 actors, where `buildActorTable` takes ~0.1 s on the page's rows, on
 * the first map's path). The same table as `buildActorTable` of the same rows, codes included:
 * régions, départements and themes are numbered in the order the rows first meet them.
 */
import type { ActorColumnsLike } from './actor-columns';
import { finishedTable, tableInProgress, UNKNOWN, type ActorTable, type Interner } from './filters';
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
  const t = tableInProgress(n);
  const regionOf = interned(c.region, t.regionCodes);
  const depOf = interned(c.departement, t.depCodes);
  const themeOf = interned(c.themes, t.themes);
  const kindCode = c.kind.values.map((k) => KINDS.codes.indexOf(k));
  const profileCode = c.profile.values.map((p) => (p === null ? UNKNOWN : PROFILES.codes.indexOf(p)));
  const scopeCode = c.scope.values.map((p) => (p === null ? UNKNOWN : SCOPES.codes.indexOf(p)));
  const practiceBit = c.practices.values.map((p) => 1 << PRACTICES.codes.indexOf(p));
  for (let i = 0; i < n; i += 1) {
    let mask = 0;
    for (let j = c.practices.offsets[i]!; j < c.practices.offsets[i + 1]!; j += 1) mask |= practiceBit[c.practices.index[j]!]!;
    t.practiceMask[i] = mask;
    t.profile[i] = profileCode[c.profile.index[i]!]!;
    t.scope[i] = scopeCode[c.scope.index[i]!]!;
    t.kind[i] = kindCode[c.kind.index[i]!]!;
    t.sample[i] = c.sample[i] ? 1 : 0;
    t.qualification[i] = Math.round(c.qualification[i]! * 100);
    t.region[i] = regionOf(c.region.index[i]!);
    t.departement[i] = depOf(c.departement.index[i]!);
    t.themeStart[i] = t.themeList.length;
    for (let j = c.themes.offsets[i]!; j < c.themes.offsets[i + 1]!; j += 1) t.themeList.push(themeOf(c.themes.index[j]!));
  }
  return finishedTable(c.id, t);
}
