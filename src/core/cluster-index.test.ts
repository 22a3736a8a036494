import fc from 'fast-check';
import Supercluster, { type PointFeature } from 'supercluster';
import { describe, expect, it } from 'vitest';
import { CLUSTER_OPTIONS, ClusterIndex, clusterNode, STACK_ZOOM, type ClusterItem } from './cluster-index';

// Three points in Paris at one place, one in Lyon, one without a place.
const coords = new Float64Array([2.35, 48.85, 2.35, 48.85, 2.35, 48.85, 4.83, 45.76, NaN, NaN]);
const practiceMask = new Uint8Array([0b0001, 0b0011, 0b1000, 0b0100, 0b0001]);
const kind = new Uint8Array([0, 1, 0, 0, 0]);
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

describe('ClusterIndex', () => {
  it('clusters only matching rows that have a place', () => {
    const index = new ClusterIndex({ coords, practiceMask, kind });
    expect(index.load(new Uint8Array([1, 1, 1, 1, 1]))).toBe(4);
  });

  it('sums the practices and projects of a cluster', () => {
    const index = new ClusterIndex({ coords, practiceMask, kind });
    index.load(new Uint8Array([1, 1, 1, 1, 0]));
    const items = index.items(WORLD, 3);
    const paris = items.find((i): i is ClusterItem => i.type === 'cluster' && i.count === 3);
    expect(paris).toMatchObject({ practices: [2, 1, 0, 1], projects: 1 });
    expect(items.filter((i) => i.type === 'point').map((i) => i.type === 'point' && i.row)).toEqual([3]);
  });

  it('keeps points sharing one place together past the last clustering zoom, as a stack', () => {
    const index = new ClusterIndex({ coords, practiceMask, kind });
    index.load(new Uint8Array([1, 1, 1, 0, 0]));
    const [cluster] = index.items(WORLD, 10);
    expect(cluster?.type).toBe('cluster');
    if (cluster?.type !== 'cluster') return;
    expect(index.expansionZoom(cluster.id)).toBeGreaterThanOrEqual(STACK_ZOOM);
    expect(index.leaves(cluster.id).sort()).toEqual([0, 1, 2]);
    const items = index.items(WORLD, STACK_ZOOM);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'stack', practices: [2, 1, 0, 1], projects: 1 });
    expect(items[0]?.type === 'stack' && [...items[0].rows].sort()).toEqual([0, 1, 2]);
  });

  it('rebuilds when the filter changes', () => {
    const index = new ClusterIndex({ coords, practiceMask, kind });
    index.load(new Uint8Array([1, 1, 1, 1, 1]));
    index.load(new Uint8Array([0, 0, 0, 1, 0]));
    const items = index.items(WORLD, 3);
    expect(items).toEqual([{ type: 'point', row: 3, lon: expect.closeTo(4.83, 6), lat: expect.closeTo(45.76, 6) }]);
  });
});

// --- Against a plain supercluster over the same points -------------------------------------------

interface Case {
  coords: Float64Array;
  practiceMask: Uint8Array;
  kind: Uint8Array;
  matches: Uint8Array;
}

/** Rows on a coarse grid over metropolitan France, so that some share one place; some unplaced. */
const caseArb = fc
  .array(
    fc.record({
      cell: fc.option(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })), { freq: 8 }),
      mask: fc.integer({ min: 0, max: 15 }),
      kind: fc.integer({ min: 0, max: 1 }),
      match: fc.boolean(),
    }),
    { minLength: 1, maxLength: 160 },
  )
  .map((rows): Case => {
    const coords = new Float64Array(rows.length * 2).fill(NaN);
    rows.forEach((r, i) => {
      if (!r.cell) return;
      coords[2 * i] = -4 + r.cell[0] * 0.25;
      coords[2 * i + 1] = 42 + r.cell[1] * 0.2;
    });
    return {
      coords,
      practiceMask: Uint8Array.from(rows, (r) => r.mask),
      kind: Uint8Array.from(rows, (r) => r.kind),
      matches: Uint8Array.from(rows, (r) => (r.match ? 1 : 0)),
    };
  });

function referenceIndex(c: Case): Supercluster<{ row: number }> {
  const points: PointFeature<{ row: number }>[] = [];
  for (let row = 0; row < c.kind.length; row += 1) {
    const lon = c.coords[2 * row] as number;
    const lat = c.coords[2 * row + 1] as number;
    if (!Number.isNaN(lon)) points.push({ type: 'Feature', properties: { row }, geometry: { type: 'Point', coordinates: [lon, lat] } });
  }
  return new Supercluster<{ row: number }>({ ...CLUSTER_OPTIONS }).load(points);
}

/** The rows of every node supercluster draws at zoom z (over all points), sorted. */
function referenceGroups(ref: Supercluster<{ row: number }>, z: number): { rows: number[]; id: number | null }[] {
  return ref.getClusters(WORLD, z).map((f) => {
    const p = f.properties;
    if ('cluster' in p && p.cluster) {
      return {
        rows: ref
          .getLeaves(p.cluster_id, Infinity)
          .map((l) => l.properties.row)
          .sort((a, b) => a - b),
        id: p.cluster_id,
      };
    }
    return { rows: [(p as { row: number }).row], id: null };
  });
}

/** What our index should draw at zoom z: each reference node restricted to the matching rows. */
function expectedItems(c: Case, ref: Supercluster<{ row: number }>, z: number) {
  return referenceGroups(ref, z)
    .map((g) => g.rows.filter((row) => c.matches[row] === 1))
    .filter((rows) => rows.length > 0)
    .map((rows) => summary(c, rows))
    .sort(byKey);
}

function summary(c: Case, rows: number[]) {
  const practices = [0, 1, 2, 3].map((k) => rows.filter((r) => ((c.practiceMask[r] as number) >> k) & 1).length);
  const projects = rows.filter((r) => c.kind[r] === 1).length;
  return rows.length === 1 ? { key: `p${rows[0]}` } : { key: rows.join(','), practices, projects };
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function actualItems(index: ClusterIndex, z: number) {
  return index
    .items(WORLD, z)
    .map((item) => {
      if (item.type === 'point') return { key: `p${item.row}` };
      if (item.type !== 'cluster') throw new Error('no stacks below STACK_ZOOM');
      const rows = index.leaves(item.id);
      expect(rows).toHaveLength(item.count);
      return { key: rows.join(','), practices: item.practices, projects: item.projects };
    })
    .sort(byKey);
}

describe('ClusterIndex against supercluster', () => {
  it('draws the same clusters as supercluster when every row matches', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const all = new Uint8Array(c.kind.length).fill(1);
        const index = new ClusterIndex(c);
        index.load(all);
        const ref = referenceIndex(c);
        for (let z = 0; z <= CLUSTER_OPTIONS.maxZoom; z += 1) {
          const ours = index.items(WORLD, z);
          const theirs = ref.getClusters(WORLD, z);
          expect(ours).toHaveLength(theirs.length);
          for (const item of ours) {
            if (item.type !== 'cluster') continue;
            const rows = index.leaves(item.id);
            const twin = referenceGroups(ref, z).find((g) => g.id !== null && g.rows.join() === rows.join());
            expect(twin, `zoom ${z}: cluster of rows ${rows.join()}`).toBeDefined();
            const twinFeature = theirs.find((f) => 'cluster_id' in f.properties && f.properties.cluster_id === twin?.id);
            const [lon = 0, lat = 0] = twinFeature?.geometry.coordinates ?? [];
            expect(item.lon).toBeCloseTo(lon, 4);
            expect(item.lat).toBeCloseTo(lat, 4);
            expect(index.expansionZoom(item.id)).toBe(ref.getClusterExpansionZoom(twin?.id ?? -1));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('counts, under any filter, the matching rows of each supercluster node (brute force)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const index = new ClusterIndex(c);
        const placedMatches = c.matches.filter((m, row) => m === 1 && !Number.isNaN(c.coords[2 * row] as number)).length;
        expect(index.load(c.matches)).toBe(placedMatches);
        const ref = referenceIndex(c);
        for (let z = 0; z <= CLUSTER_OPTIONS.maxZoom; z += 1) {
          expect(actualItems(index, z), `zoom ${z}`).toEqual(expectedItems(c, ref, z));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives every cluster of a zoom its expansion zoom at once, as one cluster at a time does', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const index = new ClusterIndex(c);
        index.load(c.matches);
        for (let z = 0; z <= CLUSTER_OPTIONS.maxZoom; z += 1) {
          const zooms = index.expansionZooms(z);
          for (const item of index.items(WORLD, z)) {
            if (item.type === 'cluster') expect(zooms[clusterNode(item.id)], `zoom ${z}`).toBe(index.expansionZoom(item.id));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('forgets the previous filter when a new one is loaded', () => {
    fc.assert(
      fc.property(caseArb, fc.uint8Array({ minLength: 160, maxLength: 160, min: 0, max: 1 }), (c, first) => {
        const index = new ClusterIndex(c);
        index.load(first.subarray(0, c.kind.length));
        index.items(WORLD, 5);
        index.load(c.matches);
        expect(actualItems(index, 5)).toEqual(expectedItems(c, referenceIndex(c), 5));
      }),
      { numRuns: 50 },
    );
  });

  it('splits a filtered cluster at the first zoom where its matching rows part', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const index = new ClusterIndex(c);
        index.load(c.matches);
        const ref = referenceIndex(c);
        for (const item of index.items(WORLD, 4)) {
          if (item.type !== 'cluster') continue;
          const rows = index.leaves(item.id);
          let expected = STACK_ZOOM;
          for (let z = 5; z <= CLUSTER_OPTIONS.maxZoom; z += 1) {
            const groups = referenceGroups(ref, z).filter((g) => g.rows.some((r) => rows.includes(r)));
            if (groups.length > 1) {
              expected = z;
              break;
            }
          }
          expect(index.expansionZoom(item.id)).toBe(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
