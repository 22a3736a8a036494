import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, tileIdToZxy, zxyToTileId, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { ACTORS_TILE_LAYER, buildActorTiles, COUNT_KEYS, practiceKey, type TilePoint } from './actor-tiles';
import { writePmtiles, type TileInput } from './pmtiles-writer';
import { createRandom } from './sample/random';
import { PRACTICES, PROFILES } from '../core/vocabulary';

/** The archive as a range source, as a static host serves it. */
function memorySource(bytes: Uint8Array): Source {
  return {
    getKey: () => 'memory',
    getBytes: (offset: number, length: number): Promise<RangeResponse> =>
      Promise.resolve({ data: bytes.slice(offset, offset + length).buffer }),
  };
}

function points(count: number, seed = 7): TilePoint[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, row) => {
    const practices = PRACTICES.codes.filter(() => random.next() < 0.4);
    return {
      row,
      id: `a${row}`,
      name: `Exemple – ${row}`,
      // Spread over mainland France, some sharing one place.
      lon: row % 10 === 0 ? 2.3428 : -4 + random.next() * 12,
      lat: row % 10 === 0 ? 48.85661 : 42.5 + random.next() * 8.5,
      kind: random.next() < 0.3 ? 'project' : 'actor',
      practices,
      profile: random.next() < 0.1 ? null : (PROFILES.codes[Math.floor(random.next() * PROFILES.codes.length)] ?? null),
      sample: true,
    };
  });
}

function decode(data: ArrayBuffer) {
  const tile = new VectorTile(new PbfReader(new Uint8Array(data)));
  const layer = tile.layers[ACTORS_TILE_LAYER];
  if (!layer) return [];
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i));
}

describe('writePmtiles', () => {
  it('writes an archive the pmtiles reader reads back byte for byte, with leaf directories when needed', async () => {
    const random = createRandom(3);
    const tiles: TileInput[] = [];
    // 12,000 scattered tiles at zoom 12 (too many entries for the root alone) plus repeated bytes.
    for (let i = 0; i < 12_000; i += 1) {
      const size = 1 + Math.floor(random.next() * 300);
      const data = Uint8Array.from({ length: size }, () => Math.floor(random.next() * 256));
      tiles.push({ z: 12, x: (i * 7) % 4096, y: 1000 + 3 * Math.floor(i / 4096), data });
    }
    tiles.push({ z: 0, x: 0, y: 0, data: new Uint8Array([1, 2, 3]) }, { z: 1, x: 1, y: 0, data: new Uint8Array([1, 2, 3]) });
    const archive = writePmtiles(tiles, {
      tileType: 1,
      tileCompression: 1,
      minZoom: 0,
      maxZoom: 12,
      bounds: [-5, 41, 10, 51],
      center: [2, 46, 5],
      metadata: { name: 'test' },
    });
    const reader = new PMTiles(memorySource(archive));
    const header = await reader.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.numAddressedTiles).toBe(tiles.length);
    expect(header.numTileContents).toBe(new Set(tiles.map((t) => t.data.join(','))).size);
    expect(header.minLon).toBeCloseTo(-5);
    expect(await reader.getMetadata()).toEqual({ name: 'test' });
    for (const t of [...tiles.slice(0, 50), ...tiles.slice(-60)]) {
      const got = await reader.getZxy(t.z, t.x, t.y);
      expect(new Uint8Array(got?.data ?? new ArrayBuffer(0))).toEqual(t.data);
    }
    expect(await reader.getZxy(12, 5, 5)).toBeUndefined();
  });

  it('numbers tiles as the pmtiles package does', () => {
    expect(zxyToTileId(0, 0, 0)).toBe(0);
    expect(zxyToTileId(1, 0, 0)).toBe(1);
    expect(tileIdToZxy(zxyToTileId(14, 8123, 5678))).toEqual([14, 8123, 5678]);
  });
});

describe('buildActorTiles', () => {
  const input = points(2000);
  const built = buildActorTiles(input, 10);

  it('counts every point at zoom 0, and each practice, kind and profile, in the clusters', async () => {
    const reader = new PMTiles(memorySource(built.archive));
    const header = await reader.getHeader();
    expect([header.minZoom, header.maxZoom, header.tileType]).toEqual([0, 10, 1]);
    const features = decode((await reader.getZxy(0, 0, 0))?.data ?? new ArrayBuffer(0));
    const sum = (key: string) => features.reduce((n, f) => n + Number(f.properties[key] ?? 0), 0);
    expect(sum('point_count')).toBe(input.length);
    for (const code of PRACTICES.codes) {
      expect(sum(practiceKey(code))).toBe(input.filter((p) => p.practices.includes(code)).length);
    }
    expect(sum('k_actor') + sum('k_project')).toBe(input.length);
    expect(PROFILES.codes.reduce((n, code) => n + sum(`f_${code}`), sum('f_unknown'))).toBe(input.length);
    expect(sum('f_unknown')).toBe(input.filter((p) => p.profile === null).length);
  });

  it('keeps every point somewhere at the deepest zoom, with its flags, name and row', async () => {
    const reader = new PMTiles(memorySource(built.archive));
    const seen = new Map<number, Record<string, unknown>>();
    let clustered = 0;
    const n = 2 ** 10;
    const tiles = new Set(
      input.map((p) => {
        const x = Math.floor(((p.lon + 180) / 360) * n);
        const sin = Math.sin((p.lat * Math.PI) / 180);
        const y = Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n);
        return `${x}/${y}`;
      }),
    );
    for (const key of tiles) {
      const [x, y] = key.split('/').map(Number) as [number, number];
      const features = decode((await reader.getZxy(10, x, y))?.data ?? new ArrayBuffer(0));
      for (const f of features) {
        if (f.properties['cluster_id'] !== undefined) clustered += Number(f.properties['point_count']);
        else seen.set(Number(f.properties['row']), f.properties);
      }
    }
    // Each tile also holds its neighbours' features near the edge: at least every point.
    expect(seen.size + clustered).toBeGreaterThanOrEqual(input.length);
    const first = [...seen.entries()][0];
    expect(first).toBeDefined();
    const [row, props] = first ?? [0, {}];
    const p = input[row];
    expect(props['name']).toBe(p?.name);
    for (const key of COUNT_KEYS.filter((k) => k.startsWith('p_'))) {
      expect(props[key]).toBe(p?.practices.includes(key.slice(2)) ? 1 : 0);
    }
  });
});
