/**
 * Names of the régions and départements, from the basemap (loaded for the map's first view), for
 * everything that would otherwise show a bare code: filter chips and lists, an actor's place.
 */
import { useQuery } from '@tanstack/react-query';
import { basemapQuery, type Basemap } from './queries';

export type TerritoryKind = 'region' | 'departement';

export interface TerritoryNames {
  regions: ReadonlyMap<string, string>;
  departements: ReadonlyMap<string, string>;
  regionOfDepartement: ReadonlyMap<string, string>;
  /** "Île-de-France", "94 – Val-de-Marne"; null for a code the basemap does not know. */
  name(kind: TerritoryKind, code: string): string | null;
  /** The name, or the code itself. */
  label(kind: TerritoryKind, code: string): string;
}

export function territoryNames(basemap: Basemap | undefined): TerritoryNames {
  const regions = new Map<string, string>();
  const departements = new Map<string, string>();
  const regionOfDepartement = new Map<string, string>();
  for (const f of basemap?.regions.features ?? []) regions.set(f.properties.code, f.properties.nom);
  for (const f of basemap?.departements.features ?? []) {
    departements.set(f.properties.code, f.properties.nom);
    regionOfDepartement.set(f.properties.code, f.properties.region);
  }
  const name = (kind: TerritoryKind, code: string): string | null => {
    if (kind === 'region') return regions.get(code) ?? null;
    const nom = departements.get(code);
    return nom === undefined ? null : `${code} – ${nom}`;
  };
  return { regions, departements, regionOfDepartement, name, label: (kind, code) => name(kind, code) ?? code };
}

/** One lookup per loaded basemap, shared by every component that shows a territory. */
const namesOf = new WeakMap<Basemap, TerritoryNames>();
const NO_NAMES = territoryNames(undefined);

export function useTerritoryNames(): TerritoryNames {
  const { data: basemap } = useQuery(basemapQuery());
  if (!basemap) return NO_NAMES;
  let names = namesOf.get(basemap);
  if (!names) namesOf.set(basemap, (names = territoryNames(basemap)));
  return names;
}
