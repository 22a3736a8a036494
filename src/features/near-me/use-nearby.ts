/**
 * The near-me search wired to React: the gazetteer (loaded on demand), the origin the store's
 * `near` designates, and the nearest matching actors. The computing is the domain's.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { gazetteerIndexQuery } from '../../state/queries';
import type { Commune, GazetteerIndex } from '../../core/gazetteer';
import { communeByCode } from './near-place';
import { findNearby, firstByName, nearbyColumns, type NearbyColumns, type NearbyResult } from './nearby';
import type { NearQuery } from '../../core/url-state';
import { useAtlas } from '../../state/store';
import type { FilteredView } from '../../state/use-atlas-data';
import type { DatasetIndex } from '../../core/dataset-index';

/** The indexed gazetteer; fetched only once `enabled` is true (first use of the search). */
export function useGazetteer(enabled: boolean) {
  return useQuery({ ...gazetteerIndexQuery(useQueryClient()), enabled });
}

export type NearOrigin =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error'; error: Error; retry: () => void }
  /** A commune code the gazetteer does not know (a mistyped shared link). */
  | { status: 'unknown'; code: string }
  /** `commune` is null for a point (the browser's position or a shared point). */
  | { status: 'ready'; lat: number; lon: number; commune: Commune | null; departementName: string };

/** Where the store's `near` points, resolving a commune code through the gazetteer. */
export function useNearOrigin(): NearOrigin {
  const near = useAtlas((s) => s.near);
  const { data, error, refetch } = useGazetteer(near?.kind === 'commune');
  return useMemo(() => originOf(near, data, error, () => void refetch()), [near, data, error, refetch]);
}

function originOf(near: NearQuery | null, index: GazetteerIndex | undefined, error: Error | null, retry: () => void): NearOrigin {
  if (near === null) return { status: 'none' };
  if (near.kind === 'point') return { status: 'ready', lat: near.lat, lon: near.lon, commune: null, departementName: '' };
  if (index === undefined) return error ? { status: 'error', error, retry } : { status: 'loading' };
  const commune = communeByCode(index, near.code);
  if (commune === undefined) return { status: 'unknown', code: near.code };
  return {
    status: 'ready',
    lat: commune.lat,
    lon: commune.lon,
    commune,
    departementName: index.departement(commune.departement)?.name ?? '',
  };
}

/** National networks shown before « Voir tous »: the first few by name. */
export const NATIONALS_SHOWN = 5;

export interface Nearby extends NearbyResult {
  /** The first `NATIONALS_SHOWN` national networks by name (all of them by name: `nationalsByName`). */
  firstNationals: number[];
}

/** The matching actors nearest to `origin` within `radiusKm` (see `findNearby`). */
export function useNearby(view: FilteredView | undefined, origin: NearOrigin, radiusKm: number): Nearby | undefined {
  const data = view?.data;
  const matches = view?.result.matches;
  const lat = origin.status === 'ready' ? origin.lat : NaN;
  const lon = origin.status === 'ready' ? origin.lon : NaN;
  return useMemo(
    () => (data && matches && !Number.isNaN(lat) ? nearbyOf(data, matches, lat, lon, radiusKm) : undefined),
    [data, matches, lat, lon, radiusKm],
  );
}

/** The columns of each dataset's actors, and the last answer: the panel and the map's circle ask the same. */
const columnsByFeatures = new WeakMap<DatasetIndex['features'], NearbyColumns>();
let last: { key: readonly unknown[]; nearby: Nearby } | null = null;

function columnsOf(data: DatasetIndex): NearbyColumns {
  let columns = columnsByFeatures.get(data.features);
  if (!columns) columnsByFeatures.set(data.features, (columns = nearbyColumns(data.features, data.columns.coords)));
  return columns;
}

function nearbyOf(data: DatasetIndex, matches: Uint8Array, lat: number, lon: number, radiusKm: number): Nearby {
  const key = [data.features, matches, lat, lon, radiusKm];
  if (last && last.key.every((v, i) => v === key[i])) return last.nearby;
  const columns = columnsOf(data);
  const result = findNearby(columns, matches, { lat, lon }, radiusKm);
  const nearby = { ...result, firstNationals: firstNationalsOf(data, matches, result.nationals) };
  last = { key, nearby };
  return nearby;
}

/** The first national networks by name, per filter result: they serve everywhere, whatever the place. */
const firstNationalsByMatches = new WeakMap<Uint8Array, { features: DatasetIndex['features']; rows: number[] }>();

/**
 * `firstByName` of the national networks, once per actors and filter result: at 100,000 fiches
 * the generated data hold 23,000 of them, and their French-order pass took ~75 ms at each pick.
 */
function firstNationalsOf(data: DatasetIndex, matches: Uint8Array, nationals: readonly number[]): number[] {
  const known = firstNationalsByMatches.get(matches);
  if (known?.features === data.features) return known.rows;
  const rows = firstByName(nationals, nameOf(data), NATIONALS_SHOWN);
  firstNationalsByMatches.set(matches, { features: data.features, rows });
  return rows;
}

const nameOf = (data: DatasetIndex) => (row: number) => data.features[row]?.properties.name ?? '';

/**
 * What a pick will need that does not depend on the place, worked out ahead (the box has the
 * focus, the page is idle): the actors' columns and the first national networks by name.
 */
export function prepareNearby(view: FilteredView): void {
  const { data, result } = view;
  const { national } = columnsOf(data);
  const nationals: number[] = [];
  for (let row = 0; row < national.length; row += 1) if (national[row] === 1 && result.matches[row] === 1) nationals.push(row);
  firstNationalsOf(data, result.matches, nationals);
}

/** Every national network of `nearby`, by name: sorted only when a person asks to see them all. */
export function nationalsByName(data: DatasetIndex, nearby: Nearby): number[] {
  return firstByName(nearby.nationals, nameOf(data));
}
