/**
 * The towns the basemap names, from the gazetteer: the préfectures de région, the préfectures,
 * then the communes by population, each with a rank that says from which zoom it is named
 * (rank 1 first). One small file (`places.json`, columns), read after the first map is drawn.
 */
import { intIn, numberIn, textOf, z } from './zod';
import type { Gazetteer } from './gazetteer';

export const PLACES_FILE = 'places.json';

/** Population thresholds of ranks 3 to 7 (ranks 1 and 2 are the préfectures). */
export const PLACE_POPULATION_RANKS = [50_000, 20_000, 10_000, 5_000, 3_000] as const;

export const PlaceLabelsSchema = z.object({
  name: z.array(textOf(0, 120)),
  lon: z.array(numberIn(-180, 180)),
  lat: z.array(numberIn(-90, 90)),
  rank: z.array(intIn(1, 7)),
});
export type PlaceLabels = z.infer<typeof PlaceLabelsSchema>;

/** The rank of a commune: 1 préfecture de région, 2 préfecture, 3–7 by population, 0 not named. */
export function placeRank(population: number, prefecture: 'region' | 'departement' | null): number {
  if (prefecture === 'region') return 1;
  if (prefecture === 'departement') return 2;
  const i = PLACE_POPULATION_RANKS.findIndex((threshold) => population >= threshold);
  return i < 0 ? 0 : 3 + i;
}

/** The named towns of a gazetteer (current communes only), best rank first, then by population. */
export function placeLabels(gazetteer: Gazetteer): PlaceLabels {
  const regionSeats = new Set(gazetteer.regions.map((r) => r.chefLieu));
  const departementSeats = new Set(gazetteer.departements.map((d) => d.chefLieu));
  const c = gazetteer.communes;
  const rows: { name: string; lon: number; lat: number; rank: number; population: number; code: string }[] = [];
  c.code.forEach((code, i) => {
    if ((c.parent[i] ?? '') !== '') return;
    const population = c.population[i] ?? 0;
    const rank = placeRank(population, regionSeats.has(code) ? 'region' : departementSeats.has(code) ? 'departement' : null);
    if (rank === 0) return;
    rows.push({ name: c.name[i] ?? '', lon: c.lon[i] ?? 0, lat: c.lat[i] ?? 0, rank, population, code });
  });
  rows.sort((a, b) => a.rank - b.rank || b.population - a.population || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    name: rows.map((r) => r.name),
    lon: rows.map((r) => r.lon),
    lat: rows.map((r) => r.lat),
    rank: rows.map((r) => r.rank),
  };
}
