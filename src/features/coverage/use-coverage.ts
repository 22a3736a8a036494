/**
 * Wires the coverage computations to React: the files they need (loaded only when a coverage
 * view is on), the densities for the current filters, and the white zones computed by the
 * worker. The computing is the domain's (`coverage.ts`, `white-zones.ts`, `coverage-ranking.ts`).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { fragilityQuery, gazetteerQuery } from '../../state/queries';
import { countActors, densities, type CoverageLevel, type DensityRow } from './coverage';
import type { Gazetteer } from '../../core/gazetteer';
import {
  communesBeyond,
  communeTable,
  matchingPoints,
  whiteZoneShares,
  type CommuneTable,
  type WhiteZoneRow,
} from './white-zones';
import type { FilteredView } from '../../state/use-atlas-data';
import { createWhiteZonesClient, type WhiteZonesClient } from './white-zones-client';

export function useCoverageGazetteer(enabled: boolean) {
  return useQuery({ ...gazetteerQuery(), enabled });
}

export function useCoverageFragility(enabled: boolean) {
  return useQuery({ ...fragilityQuery(), enabled });
}

/** Densities of the départements or régions for the current filters. */
export function useDensities(
  level: CoverageLevel,
  view: FilteredView | undefined,
  gazetteer: Gazetteer | undefined,
): DensityRow[] | undefined {
  return useMemo(() => {
    if (!view || !gazetteer) return undefined;
    const counts = countActors(view.data.table, view.data.columns.coords, view.result.matches, level);
    const territories = level === 'departement' ? gazetteer.departements : gazetteer.regions;
    return densities(territories, counts);
  }, [level, view, gazetteer]);
}

export interface WhiteZones {
  communes: CommuneTable;
  /** Per département, in the order of `communes.depCodes`. */
  rows: WhiteZoneRow[];
  /** Indices of the communes farther than the distance. */
  beyond: number[];
  distances: Float32Array;
  /** Time the worker took, in ms. */
  ms: number;
  /** False while the distances for new filters are being computed (the previous ones are shown). */
  current: boolean;
}

/**
 * The white zones at `km` for the current filters; undefined while the worker computes the
 * first answer. The worker lives while the view is on.
 */
export function useWhiteZones(
  enabled: boolean,
  view: FilteredView | undefined,
  gazetteer: Gazetteer | undefined,
  km: number,
): WhiteZones | undefined {
  const communes = useMemo(() => (enabled && gazetteer ? communeTable(gazetteer.communes) : undefined), [enabled, gazetteer]);
  const [client, setClient] = useState<{ client: WhiteZonesClient; ready: Promise<null> } | null>(null);
  const [result, setResult] = useState<{ distances: Float32Array; ms: number; matches: Uint8Array } | null>(null);

  useEffect(() => {
    if (!communes) return;
    const created = createWhiteZonesClient();
    setClient({ client: created, ready: created.init(communes.lon, communes.lat) });
    return () => {
      created.dispose();
      setClient(null);
      setResult(null);
    };
  }, [communes]);

  const matches = view?.result.matches;
  const coords = view?.data.columns.coords;
  useEffect(() => {
    if (!client || !matches || !coords) return;
    let current = true;
    const points = matchingPoints(coords, matches);
    client.ready
      .then(() => client.client.nearest(points))
      .then(
        ({ distances, ms }) => current && setResult({ distances, ms, matches }),
        (error: unknown) => console.error(error),
      );
    return () => {
      current = false;
    };
  }, [client, matches, coords]);

  return useMemo(() => {
    if (!communes || !result) return undefined;
    return {
      communes,
      rows: whiteZoneShares(communes, result.distances, km),
      beyond: communesBeyond(result.distances, km),
      distances: result.distances,
      ms: result.ms,
      current: result.matches === matches,
    };
  }, [communes, result, km, matches]);
}
