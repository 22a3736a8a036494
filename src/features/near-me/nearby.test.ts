import turfDistance from '@turf/distance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../core/dataset-index';
import { applyFilters, EMPTY_FILTERS } from '../../core/filters';
import { distanceKm, findNearby, firstByName, nearbyColumns, type NearbyColumns } from './nearby';
import { actor } from '../../../tests/fixtures/actors';

/** Commune points of the gazetteer (INSEE 2018 points). */
const POITIERS = { lat: 46.58356, lon: 0.35969 };
const BUXEROLLES = { lat: 46.60521, lon: 0.36956 };
const SAINT_BENOIT = { lat: 46.54851, lon: 0.35293 };
const NIORT = { lat: 46.32839, lon: -0.46522 };
const PARIS = { lat: 48.85661, lon: 2.3428 };
const LYON = { lat: 45.75485, lon: 4.83638 };
const BREST = { lat: 48.39029, lon: -4.48628 };

const at = (p: { lat: number; lon: number }): [number, number] => [p.lon, p.lat];

const FEATURES = [
  actor({ id: 'silver-geek', scope: 'regional', precision: 'departement', departement: '86' }, at(POITIERS)),
  actor({ id: 'poitiers', scope: 'local', precision: 'commune', communeName: 'Poitiers' }, at(POITIERS)),
  actor({ id: 'buxerolles', scope: 'local', precision: 'commune', profile: 'association' }, at(BUXEROLLES)),
  actor({ id: 'saint-benoit', scope: 'departemental', precision: 'commune' }, at(SAINT_BENOIT)),
  actor({ id: 'niort', scope: 'local', precision: 'commune', profile: 'association' }, at(NIORT)),
  actor({ id: 'national-paris', scope: 'national', precision: 'commune' }, at(PARIS)),
  actor({ id: 'national-nowhere', scope: 'national', precision: 'none' }, null),
  actor({ id: 'local-nowhere', scope: 'local', precision: 'none' }, null),
  actor({ id: 'lyon', scope: null, precision: 'region' }, at(LYON)),
  actor({ id: 'paris', scope: 'local', precision: 'commune' }, at(PARIS)),
];
const data = indexDataset(FEATURES, []);
const columns = nearbyColumns(FEATURES, data.columns.coords);
const ALL = new Uint8Array(FEATURES.length).fill(1);

const ids = (hits: readonly { row: number }[]) => hits.map((h) => FEATURES[h.row]?.properties.id);
const kms = (hits: readonly { km: number }[]) => hits.map((h) => Math.round(h.km * 100) / 100);

describe('distanceKm', () => {
  it('gives Poitiers → Niort within 1 km of the real 69 km', () => {
    // By hand (equirectangular): 28.37 km north–south, 63.2 km east–west at 46.46° → 69.3 km.
    expect(distanceKm(POITIERS.lat, POITIERS.lon, NIORT.lat, NIORT.lon)).toBeCloseTo(69.27, 2);
    expect(Math.abs(distanceKm(POITIERS.lat, POITIERS.lon, NIORT.lat, NIORT.lon) - 69)).toBeLessThan(1);
  });

  it('gives Paris → Lyon within 1 km of the real 392 km', () => {
    // By hand: 344.9 km north–south, 188.1 km east–west at 47.31° → 392.9 km.
    expect(distanceKm(PARIS.lat, PARIS.lon, LYON.lat, LYON.lon)).toBeCloseTo(392.76, 2);
    expect(Math.abs(distanceKm(PARIS.lat, PARIS.lon, LYON.lat, LYON.lon) - 392)).toBeLessThan(1);
  });

  it('is symmetric and zero at the same point', () => {
    expect(distanceKm(LYON.lat, LYON.lon, PARIS.lat, PARIS.lon)).toBe(distanceKm(PARIS.lat, PARIS.lon, LYON.lat, LYON.lon));
    expect(distanceKm(POITIERS.lat, POITIERS.lon, POITIERS.lat, POITIERS.lon)).toBe(0);
  });

  it('agrees with turf to the metre', () => {
    const turf = turfDistance(at(PARIS), at(LYON), { units: 'kilometers' });
    expect(Math.abs(distanceKm(PARIS.lat, PARIS.lon, LYON.lat, LYON.lon) - turf)).toBeLessThan(0.001);
  });
});

describe('findNearby', () => {
  it('lists the actors within the radius, nearest first, with their distances', () => {
    const result = findNearby(columns, ALL, POITIERS, 10);
    expect(ids(result.within)).toEqual(['poitiers', 'silver-geek', 'buxerolles', 'saint-benoit']);
    // Buxerolles by hand: 2.41 km north, 0.75 km east → 2.52 km; Saint-Benoît: 3.90 km south, 0.52 km west → 3.93 km.
    expect(kms(result.within)).toEqual([0, 0, 2.52, 3.93]);
    expect(result.beyond).toEqual([]);
  });

  it('puts a precise actor before an approximate one at the same distance, and flags the approximate', () => {
    const [first, second] = findNearby(columns, ALL, POITIERS, 10).within;
    expect([first?.km, first?.approximate]).toEqual([0, false]);
    expect([second?.km, second?.approximate]).toEqual([0, true]);
  });

  it('flags actors placed at a région chef-lieu as approximate too', () => {
    const [lyon] = findNearby(columns, ALL, LYON, 10).within;
    expect([lyon?.row, lyon?.approximate]).toEqual([8, true]);
  });

  it('grows with the radius', () => {
    expect(ids(findNearby(columns, ALL, POITIERS, 100).within)).toEqual(['poitiers', 'silver-geek', 'buxerolles', 'saint-benoit', 'niort']);
    expect(ids(findNearby(columns, ALL, POITIERS, 3).within)).toEqual(['poitiers', 'silver-geek', 'buxerolles']);
  });

  it('includes an actor exactly at the radius', () => {
    const radius = distanceKm(POITIERS.lat, POITIERS.lon, NIORT.lat, NIORT.lon);
    expect(ids(findNearby(columns, ALL, POITIERS, radius).within).at(-1)).toBe('niort');
  });

  it('lists national networks apart, placed or not, never in the distances', () => {
    const result = findNearby(columns, ALL, PARIS, 10);
    expect(ids(result.within)).toEqual(['paris']);
    expect(result.nationals.map((row) => FEATURES[row]?.properties.id)).toEqual(['national-paris', 'national-nowhere']);
  });

  it('leaves out what the filters leave out, nationals included', () => {
    const matches = applyFilters(data.table, { ...EMPTY_FILTERS, profiles: ['association'] }).matches;
    const result = findNearby(columns, matches, POITIERS, 100);
    expect(ids(result.within)).toEqual(['buxerolles', 'niort']);
    expect(result.nationals).toEqual([]);
  });

  it('offers the nearest beyond the radius when none is within', () => {
    const result = findNearby(columns, ALL, BREST, 10);
    expect(result.within).toEqual([]);
    expect(ids(result.beyond)).toEqual(['niort', 'buxerolles', 'poitiers', 'silver-geek', 'saint-benoit']);
    // Brest → Niort by hand: 229.3 km north–south, 302.9 km east–west at 47.36° → 379.9 km.
    expect(kms(result.beyond)).toEqual([379.79, 415.19, 415.76, 415.76, 417.32]);
  });

  it('keeps to the number asked for beyond the radius', () => {
    expect(ids(findNearby(columns, ALL, BREST, 10, { beyondCount: 2 }).beyond)).toEqual(['niort', 'buxerolles']);
    expect(findNearby(columns, ALL, BREST, 10, { beyondCount: 0 }).beyond).toEqual([]);
  });

  it('answers nothing at all when nothing matches', () => {
    expect(findNearby(columns, new Uint8Array(FEATURES.length), POITIERS, 100)).toEqual({ within: [], beyond: [], nationals: [] });
  });

  it('answers only the nationals when the matches have no place', () => {
    const matches = Uint8Array.from(FEATURES, (f) => (f.geometry === null ? 1 : 0));
    expect(findNearby(columns, matches, POITIERS, 100)).toEqual({ within: [], beyond: [], nationals: [6] });
  });

  it('finds what a sort of every distance finds', () => {
    const point = fc.record({ lat: fc.double({ min: 41, max: 51, noNaN: true }), lon: fc.double({ min: -5, max: 9, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 60 }), point, fc.constantFrom(10, 25, 50, 100), (points, origin, radius) => {
        const cols: NearbyColumns = {
          coords: Float64Array.from(points.flatMap((p) => [p.lon, p.lat])),
          approximate: new Uint8Array(points.length),
          national: new Uint8Array(points.length),
        };
        const all = new Uint8Array(points.length).fill(1);
        const brute = points
          .map((p, row) => ({ row, km: turfDistance([origin.lon, origin.lat], [p.lon, p.lat]) }))
          .sort((a, b) => a.km - b.km || a.row - b.row);
        const result = findNearby(cols, all, origin, radius, { beyondCount: 3 });
        // Two formulas of the same distance differ in the last bits: rows at equal distances
        // (points mirrored about the origin, say) may come in either order, so orders are
        // compared by distance, to a micrometre, and memberships by row.
        const kmOf = (row: number) => brute.find((h) => h.row === row)?.km ?? Number.NaN;
        const within = result.within.map((h) => h.row);
        const inside = brute.filter((h) => h.km <= radius - 1e-6).map((h) => h.row);
        expect(new Set(within.slice(0, inside.length))).toEqual(new Set(inside));
        for (const row of within) expect(kmOf(row)).toBeLessThanOrEqual(radius + 1e-6);
        within.forEach((row, i) => {
          if (i > 0) expect(kmOf(row)).toBeGreaterThanOrEqual(kmOf(within[i - 1]!) - 1e-9);
        });
        if (result.within.length === 0) {
          const beyond = result.beyond.map((h) => kmOf(h.row));
          const nearest = brute.slice(0, 3).map((h) => h.km);
          expect(beyond).toHaveLength(nearest.length);
          beyond.forEach((km, i) => expect(km).toBeCloseTo(nearest[i]!, 9));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('nearbyColumns', () => {
  it('flags chef-lieu placements and national networks', () => {
    expect([...columns.approximate]).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect([...columns.national]).toEqual([0, 0, 0, 0, 0, 1, 1, 0, 0, 0]);
  });
});

describe('firstByName', () => {
  const NAMES = ['Élan', 'zèbre', 'Abeille', 'élan', 'Lieu 10', 'Lieu 2', 'avenir', 'Éco'];
  const name = (row: number) => NAMES[row] ?? '';
  const rows = NAMES.map((_, i) => i);

  it('sorts every row in the French order when no count is given (accents after, lower case first)', () => {
    expect(firstByName(rows, name).map(name)).toEqual(['Abeille', 'avenir', 'Éco', 'élan', 'Élan', 'Lieu 10', 'Lieu 2', 'zèbre']);
  });

  it('gives the first few of that order without sorting the rest', () => {
    expect(firstByName(rows, name, 3).map(name)).toEqual(['Abeille', 'avenir', 'Éco']);
    expect(firstByName([], name, 3)).toEqual([]);
  });

  it('always gives the head of the full sort', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NAMES), { maxLength: 40 }), fc.integer({ min: 0, max: 10 }), (names, count) => {
        const of = (row: number) => names[row] ?? '';
        const all = names.map((_, i) => i);
        expect(firstByName(all, of, count)).toEqual(firstByName(all, of).slice(0, count));
      }),
    );
  });
});
