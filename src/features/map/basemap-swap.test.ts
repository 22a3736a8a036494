import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { applyInSteps, basemapSwapDiffs, positionCount } from './basemap-swap';

/** A square ring of `n` + 1 positions (closed) at `x`. */
function polygon(x: number, n = 4): Polygon {
  const ring = Array.from({ length: n }, (_, i) => [x + Math.cos((2 * Math.PI * i) / n), 45 + Math.sin((2 * Math.PI * i) / n)]);
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

const region = (code: string, geometry: Geometry): Feature => ({
  type: 'Feature',
  geometry,
  properties: { code, nom: `R${code}`, part: 'regions' },
});
const departement = (code: string, regionCode: string, geometry: Geometry): Feature => ({
  type: 'Feature',
  geometry,
  properties: { code, nom: `D${code}`, region: regionCode, part: 'departements' },
});
const label = (code: string, level: 'region' | 'departement', x: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [x, 45] },
  properties: { code, nom: code, level, part: 'labels' },
});
const withIds = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map((f, id) => ({ ...f, id })),
});
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

// Région 11 and département 11 share a code, as do their labels: the part and level tell them apart.
const shown = withIds([
  region('11', polygon(2)),
  region('76', polygon(3)),
  departement('75', '11', polygon(2)),
  departement('11', '76', polygon(3)),
  label('11', 'region', 2),
  label('11', 'departement', 3),
]);
const detailed = collection([
  region('11', polygon(2, 40)),
  region('76', polygon(3, 60)),
  departement('75', '11', polygon(2, 20)),
  departement('11', '76', polygon(3, 30)),
  label('11', 'region', 2.1),
  label('11', 'departement', 3.1),
]);

const updatedIds = (diffs: GeoJSONSourceDiff[]) => diffs.map((d) => (d.update ?? []).map((u) => u.id));

describe('the detailed basemap swapped in for the simplified one', () => {
  it('counts the positions of every kind of geometry', () => {
    expect(positionCount(polygon(0, 40))).toBe(41);
    expect(positionCount({ type: 'Point', coordinates: [0, 0] })).toBe(1);
    expect(positionCount({ type: 'MultiPolygon', coordinates: [polygon(0).coordinates, polygon(1, 8).coordinates] })).toBe(14);
    expect(
      positionCount({
        type: 'GeometryCollection',
        geometries: [
          polygon(0),
          {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        ],
      }),
    ).toBe(7);
  });

  it('gives every territory its detailed geometry under the id it is drawn with, a région with its départements and names', () => {
    const diffs = basemapSwapDiffs(shown, detailed, 100);
    // Région 11 (41 + 21 + 1 positions) fits in 100; région 76 (61 + 31 + 1) would not: a diff of its own.
    expect(updatedIds(diffs)).toEqual([
      [0, 2, 4],
      [1, 3, 5],
    ]);
    const geometryOf = (id: number) => diffs.flatMap((d) => d.update ?? []).find((u) => u.id === id)?.newGeometry;
    expect(geometryOf(3)).toBe(detailed.features[3]!.geometry);
    expect(geometryOf(5)).toEqual({ type: 'Point', coordinates: [3.1, 45] });
    expect(diffs.every((d) => d.add === undefined && d.remove === undefined)).toBe(true);
  });

  it('puts régions together up to the limit, and a région bigger than it alone', () => {
    expect(updatedIds(basemapSwapDiffs(shown, detailed, 1000))).toEqual([[0, 2, 4, 1, 3, 5]]);
    expect(updatedIds(basemapSwapDiffs(shown, detailed, 10))).toEqual([
      [0, 2, 4],
      [1, 3, 5],
    ]);
  });

  it('adds a territory the simplified basemap lacks, with a new id, and removes one the detailed lacks', () => {
    const next = collection([...detailed.features.filter((f) => f.properties?.['code'] !== '75'), departement('2A', '94', polygon(9))]);
    const diffs = basemapSwapDiffs(shown, next, 1000);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]!.add).toEqual([{ ...next.features.at(-1), id: 6 }]);
    expect(diffs[0]!.remove).toEqual([2]);
    expect(diffs[0]!.update?.map((u) => u.id)).toEqual([0, 4, 1, 3, 5]);
  });

  it('needs the ids of the features drawn', () => {
    expect(() => basemapSwapDiffs(collection(shown.features.map((f) => ({ ...f, id: undefined }))), detailed)).toThrow('need ids');
  });

  it('hands the diffs to the source one by one, each once the previous is taken, and stops when told', async () => {
    const taken: GeoJSONSourceDiff[] = [];
    let pending = 0;
    const source = {
      updateData: vi.fn(async (diff: GeoJSONSourceDiff) => {
        expect(pending).toBe(0);
        pending += 1;
        await Promise.resolve();
        taken.push(diff);
        pending -= 1;
      }),
    };
    const diffs = basemapSwapDiffs(shown, detailed, 10);
    await expect(applyInSteps(source, diffs, () => true)).resolves.toBe(true);
    expect(taken).toEqual(diffs);

    let current = true;
    source.updateData.mockClear();
    const stopped = applyInSteps(source, diffs, () => current);
    current = false;
    await expect(stopped).resolves.toBe(false);
    expect(source.updateData).toHaveBeenCalledTimes(1);
  });
});
