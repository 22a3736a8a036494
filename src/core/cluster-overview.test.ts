import { describe, expect, it } from 'vitest';
import { actor } from '../../tests/fixtures/actors';
import type { ActorFeature } from './model';
import { CLUSTER_OPTIONS, ClusterIndex } from './cluster-index';
import { pointColumnsOf } from './dataset-index';
import { mulberry32 } from './mulberry32';
import {
  ClusterOverviewSchema,
  clusterOverviewOf,
  OVERVIEW_MAX_ZOOM,
  OVERVIEW_MIN_PLACED,
  overviewFits,
  overviewInView,
  type ClusterOverview,
} from './cluster-overview';
import { PRACTICES } from './vocabulary';

const WORLD = [-180, -90, 180, 90] as const;

/** `n` actors over metropolitan France and a few far away (overseas, alone at every zoom), some without a place. */
function actors(n: number, seed = 7): ActorFeature[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const far = i % 997 === 0;
    const point: [number, number] | null =
      i % 101 === 0 ? null : far ? [-61 + random() * 40, -21 + random() * 30] : [-4 + random() * 12, 42.5 + random() * 8.5];
    return actor(
      {
        id: `a${i}`,
        name: `Acteur ${i}`,
        kind: i % 5 === 0 ? 'project' : 'actor',
        practices: PRACTICES.codes.filter((_, k) => (i >> k) & 1),
        precision: i % 3 === 0 ? 'departement' : 'commune',
        sample: true,
      },
      point,
    );
  });
}

describe('clusterOverviewOf', () => {
  const features = actors(6000);
  const overview = clusterOverviewOf(features) as ClusterOverview;

  it('is written only from OVERVIEW_MIN_PLACED placed actors on', () => {
    expect(OVERVIEW_MIN_PLACED).toBe(5000);
    expect(overview).not.toBeNull();
    // One row in 101 has no place: 4,999 placed of 5,049 rows, 5,000 of 5,050.
    expect(clusterOverviewOf(features.slice(0, 5049))).toBeNull();
    expect(clusterOverviewOf(features.slice(0, 5050))).not.toBeNull();
  });

  it('holds, at every zoom up to OVERVIEW_MAX_ZOOM, exactly what the clustering worker gives without a filter', () => {
    const index = new ClusterIndex(pointColumnsOf(features));
    index.load(new Uint8Array(features.length).fill(1));
    expect(overview.levels).toHaveLength(OVERVIEW_MAX_ZOOM + 1);
    expect(overview.rows).toBe(6000);
    expect(overview.options).toEqual(CLUSTER_OPTIONS);
    overview.levels.forEach((level, z) => {
      const items = index.items([...WORLD], z);
      const clusters = items.filter((i) => i.type === 'cluster');
      const points = items.filter((i) => i.type === 'point');
      expect(
        level.clusters.map(({ expansion, ...c }) => ({ type: 'cluster', ...c })),
        `zoom ${z}`,
      ).toEqual(clusters);
      expect(level.clusters.map((c) => c.expansion)).toEqual(clusters.map((c) => index.expansionZoom(c.id)));
      expect(level.points.map(({ row, lon, lat }) => ({ type: 'point', row, lon, lat }))).toEqual(points);
    });
    // The whole of France is a few clusters at zoom 0, hundreds at 7; every placed actor is counted once per zoom.
    const counted = (z: number) => overview.levels[z]!.clusters.reduce((n, c) => n + c.count, 0) + overview.levels[z]!.points.length;
    for (let z = 0; z <= OVERVIEW_MAX_ZOOM; z += 1) expect(counted(z)).toBe(5940);
    expect(overview.levels[0]!.clusters.length).toBeLessThan(10);
    expect(overview.levels[7]!.clusters.length).toBeGreaterThan(100);
  });

  it('gives a lone point what its marker says and the id a click selects', () => {
    const lone = overview.levels[5]!.points;
    expect(lone.length).toBeGreaterThan(0);
    for (const point of lone) {
      const { id, name, kind, practices, precision, sample } = features[point.row]!.properties;
      expect(point.actor).toEqual({ id, name, kind, practices, precision, sample });
      expect([point.lon, point.lat]).toEqual(features[point.row]!.geometry?.coordinates);
    }
  });

  it('reads back through its schema unchanged (the file is its JSON)', () => {
    const read = ClusterOverviewSchema.parse(JSON.parse(JSON.stringify(overview)));
    expect(read).toEqual(overview);
    expect(() => ClusterOverviewSchema.parse({ ...overview, version: 2 })).toThrow();
    expect(() => ClusterOverviewSchema.parse({ ...overview, levels: [{ clusters: [{ id: -1 }], points: [] }] })).toThrow();
  });

  it('fits the page only with the clustering settings it was made with', () => {
    expect(overviewFits(overview)).toBe(true);
    expect(overviewFits({ ...overview, options: { ...overview.options, radius: 60 } })).toBe(false);
  });
});

describe('overviewInView', () => {
  const overview = clusterOverviewOf(actors(6000)) as ClusterOverview;

  it('keeps what lies in the box, at the zoom’s level', () => {
    const box = [-1, 44, 3, 47] as const;
    const { clusters, points } = overviewInView(overview, box, 6.7);
    const level = overview.levels[6]!;
    const inside = (i: { lon: number; lat: number }) => i.lon >= -1 && i.lon <= 3 && i.lat >= 44 && i.lat <= 47;
    expect(clusters).toEqual(level.clusters.filter(inside));
    expect(points).toEqual(level.points.filter(inside));
    expect(clusters.length).toBeGreaterThan(0);
    expect(clusters.length).toBeLessThan(level.clusters.length);
  });

  it('shows its last level past its last zoom, and its first below zero', () => {
    expect(overviewInView(overview, WORLD, 11).clusters).toEqual(overview.levels[OVERVIEW_MAX_ZOOM]!.clusters);
    expect(overviewInView(overview, WORLD, -1).clusters).toEqual(overview.levels[0]!.clusters);
  });
});
