import { describe, expect, it } from 'vitest';
import { ClusterIndex, STACK_ZOOM, type ClusterItem } from '../../src/domain/cluster-index';

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
