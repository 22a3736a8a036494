import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { basemapQuery } from '../data/queries';

/** Names of régions and départements for the filter chips, from the basemap. */
export function useTerritoryNames(): (kind: 'region' | 'departement', code: string) => string {
  const { data: basemap } = useQuery(basemapQuery());
  const index = useMemo(() => {
    const m = new Map<string, string>();
    for (const f of basemap?.regions.features ?? []) m.set(`region:${f.properties.code}`, f.properties.nom);
    for (const f of basemap?.departements.features ?? []) m.set(`departement:${f.properties.code}`, `${f.properties.code} – ${f.properties.nom}`);
    return m;
  }, [basemap]);
  return useCallback((kind, code) => index.get(`${kind}:${code}`) ?? code, [index]);
}
