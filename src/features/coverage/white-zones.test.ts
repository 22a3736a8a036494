import turfDistance from '@turf/distance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../core/dataset-index';
import { applyFilters, EMPTY_FILTERS } from '../../core/filters';
import {
  communesBeyond,
  communeTable,
  haversineKm,
  matchingPoints,
  nearestDistances,
  PointGrid,
  whiteZoneShares,
} from './white-zones';
import { TERRITORY_ACTORS, TERRITORY_COLUMNS } from '../../../tests/fixtures/coverage-territory';

const communes = communeTable(TERRITORY_COLUMNS);
const data = indexDataset(TERRITORY_ACTORS, []);
const allPoints = matchingPoints(data.columns.coords, applyFilters(data.table, EMPTY_FILTERS).matches);
const distances = nearestDistances(communes, allPoints);
const KM_PER_DEGREE = 111.19508;

const shareOf = (km: number) =>
  Object.fromEntries(whiteZoneShares(communes, distances, km).map((r) => [r.code, [r.beyond, r.population, r.share]]));

describe('haversineKm', () => {
  it('agrees with @turf/distance (Paris – Lyon, Saint-Denis de La Réunion – Saint-Pierre)', () => {
    const cases: [number, number, number, number][] = [
      [2.3428, 48.85661, 4.83638, 45.75485],
      [55.447, -20.93306, 55.478, -21.3393],
    ];
    for (const [lon1, lat1, lon2, lat2] of cases) {
      expect(haversineKm(lon1, lat1, lon2, lat2)).toBeCloseTo(turfDistance([lon1, lat1], [lon2, lat2], { units: 'kilometers' }), 9);
    }
  });

  it('gives 111.195 km for one degree along a meridian', () => {
    expect(haversineKm(2, 45, 2, 46)).toBeCloseTo(KM_PER_DEGREE, 4);
  });
});

describe('communeTable', () => {
  it('keeps the current communes only', () => {
    expect(communes.code).toEqual(['01001', '01002', '01003', '01004', '02001', '02002', '03001', '03002']);
    expect(communes.depCodes).toEqual(['01', '02', '03']);
    expect([...communes.population]).toEqual([1000, 500, 300, 200, 4000, 1000, 3000, 1000]);
  });
});

describe('nearest actor of each commune', () => {
  it('takes only the matching actors that have a point (X and Y; Z and the national network have none)', () => {
    expect(allPoints.length).toBe(4);
  });

  it('measures the hand-worked distances', () => {
    // Alpha 0, Bravo 0.1°, Charlie 0.3°, Delta 0.5° from X; Echo 1.5°, Foxtrot 1° from X; Golf 0, Hotel 0.05° from Y.
    const expected = [0, 0.1, 0.3, 0.5, 1.5, 1, 0, 0.05].map((deg) => deg * KM_PER_DEGREE);
    [...distances].forEach((d, i) => expect(d).toBeCloseTo(expected[i] ?? NaN, 2));
  });

  it('is infinitely far without any actor', () => {
    expect([...nearestDistances(communes, new Float64Array([NaN, NaN]))].every((d) => d === Infinity)).toBe(true);
  });

  it('finds the same nearest point as a plain scan, wherever the points are', () => {
    const point = fc.tuple(fc.double({ min: -5, max: 10, noNaN: true }), fc.double({ min: 41, max: 51.5, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 300 }), fc.array(point, { minLength: 1, maxLength: 30 }), (actors, queries) => {
        const grid = new PointGrid(actors.flat());
        for (const [lon, lat] of queries) {
          const plain = Math.min(...actors.map(([alon, alat]) => haversineKm(lon, lat, alon, alat)));
          expect(grid.nearest(lon, lat)).toBeCloseTo(plain, 9);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('white-zone shares per département', () => {
  it('beyond 10 km: Bravo, Charlie, Delta in 01 (1 000 of 2 000 = 50 %), all of 02, nobody in 03', () => {
    expect(shareOf(10)).toEqual({ '01': [1000, 2000, 0.5], '02': [5000, 5000, 1], '03': [0, 4000, 0] });
  });

  it('beyond 25 km: Charlie and Delta (500 of 2 000 = 25 %)', () => {
    expect(shareOf(25)['01']).toEqual([500, 2000, 0.25]);
  });

  it('beyond 50 km: Delta alone (200 of 2 000 = 10 %); 02 stays at 100 %, 03 at 0 %', () => {
    expect(shareOf(50)).toEqual({ '01': [200, 2000, 0.1], '02': [5000, 5000, 1], '03': [0, 4000, 0] });
  });

  it('counts a commune exactly at the distance as covered (farther than, not as far as)', () => {
    const exact = new Float32Array([10, 10.5]);
    const two = { dep: new Uint16Array([0, 0]), depCodes: ['01'], population: new Float64Array([1, 3]) };
    expect(whiteZoneShares(two, exact, 10)[0]?.share).toBe(0.75);
  });

  it('lists the communes concerned', () => {
    expect(communesBeyond(distances, 25).map((i) => communes.name[i])).toEqual(['Charlie', 'Delta', 'Echo', 'Foxtrot']);
    expect(whiteZoneShares(communes, distances, 25).map((r) => r.communes)).toEqual([2, 2, 0]);
  });

  it('follows the filters: with projects only, Y alone, 01 is entirely a white zone at 50 km', () => {
    const projects = matchingPoints(data.columns.coords, applyFilters(data.table, { ...EMPTY_FILTERS, kinds: ['project'] }).matches);
    // Delta, the nearest commune of 01 to Y, is 3.5° = 389.2 km away.
    const rows = whiteZoneShares(communes, nearestDistances(communes, projects), 50);
    expect(rows.map((r) => r.share)).toEqual([1, 1, 0]);
  });
});
