import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bbox } from '@turf/bbox';
import type { FeatureCollection, GeometryObject } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_FILE, GAZETTEER_FILE, buildGeo, type BuildGeoResult } from './build-geo';
import { buildGazetteerIndex, type GazetteerIndex } from '../src/core/gazetteer';

const BUILD_TIMEOUT_MS = 30_000;
const MAX_BASEMAP_GZIP_BYTES = 400 * 1024;
/** Simplification moves borders by up to ~100 m. */
const BBOX_MARGIN_DEGREES = 0.01;

let outDir: string;
let result: BuildGeoResult;
let index: GazetteerIndex;
let topology: Topology;

function collection(name: string): FeatureCollection<GeometryObject> {
  const object = topology.objects[name];
  if (object?.type !== 'GeometryCollection') throw new Error(`No collection "${name}" in the basemap`);
  return feature(topology, object);
}

function property(f: { properties: Record<string, unknown> | null }, key: string): unknown {
  return f.properties?.[key];
}

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'build-geo-'));
  result = await buildGeo({ outDir, log: () => {} });
  index = buildGazetteerIndex(result.gazetteer);
  topology = JSON.parse(readFileSync(path.join(outDir, BASEMAP_FILE), 'utf8')) as Topology;
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('buildGeo', () => {
  it('maps the 18 régions and 101 départements', () => {
    expect(collection('regions').features).toHaveLength(18);
    expect(collection('departements').features).toHaveLength(101);
    expect([result.gazetteer.regions.length, result.gazetteer.departements.length]).toEqual([18, 101]);
  });

  it('gives each département of the basemap its name and région', () => {
    const ain = collection('departements').features.find((f) => property(f, 'code') === '01');
    expect(ain?.properties).toEqual({ code: '01', nom: 'Ain', region: '84' });
  });

  it('labels every région and département with one point', () => {
    const labels = collection('labels').features;
    expect(labels.filter((f) => property(f, 'level') === 'region')).toHaveLength(18);
    expect(labels.filter((f) => property(f, 'level') === 'departement')).toHaveLength(101);
    expect(labels.every((f) => f.geometry.type === 'Point')).toBe(true);
  });

  it('places every chef-lieu inside its département', () => {
    const shapes = new Map(collection('departements').features.map((f) => [property(f, 'code'), f]));
    const outside = result.gazetteer.departements.filter((d) => {
      const shape = shapes.get(d.code);
      if (shape === undefined) return true;
      const [west, south, east, north] = bbox(shape);
      const m = BBOX_MARGIN_DEGREES;
      return !(d.lon >= west - m && d.lon <= east + m && d.lat >= south - m && d.lat <= north + m);
    });
    expect(outside.map((d) => d.code)).toEqual([]);
  });

  it('finds the chef-lieu commune of every département', () => {
    const missing = result.gazetteer.departements.filter((d) => index.chefLieuOf(d.code) === undefined);
    expect(missing.map((d) => d.code)).toEqual([]);
  });

  it('gives Paris its twenty arrondissement postcodes and its point', () => {
    const paris = index.byCode('75056');
    const arrondissements = Array.from({ length: 20 }, (_, i) => `750${String(i + 1).padStart(2, '0')}`);
    expect(paris?.postcodes).toEqual(expect.arrayContaining(arrondissements));
    expect(paris?.lat).toBeCloseTo(48.856, 2);
    expect(paris?.lon).toBeCloseTo(2.342, 2);
  });

  it('finds Les Mureaux with and without its article', () => {
    expect(index.byName('Les Mureaux').map((c) => c.code)).toEqual(['78440']);
    expect(index.byName('mureaux').map((c) => c.code)).toEqual(['78440']);
  });

  it('keeps a delegated commune with its current commune', () => {
    const [arbignieu] = index.byName('Arbignieu');
    expect([arbignieu?.parent, arbignieu?.postcodes]).toEqual(['01015', ['01300']]);
  });

  it('places a commune created under a new code at one of its delegated communes', () => {
    expect(result.report.pointFromDelegated).toContain('49126');
    expect(index.byCode('49126')?.name).toBe("Orée d'Anjou");
  });

  it('rounds coordinates to five decimals', () => {
    const { lat, lon } = result.gazetteer.communes;
    const rounded = (x: number): boolean => Math.abs(x * 1e5 - Math.round(x * 1e5)) < 1e-6;
    expect([...lat, ...lon].every(rounded)).toBe(true);
  });

  it('writes the gazetteer it returns', () => {
    const written: unknown = JSON.parse(readFileSync(path.join(outDir, GAZETTEER_FILE), 'utf8'));
    expect(written).toEqual(result.gazetteer);
  });

  it('keeps the basemap under 400 KB gzipped', () => {
    expect(result.report.basemap.gzipBytes).toBeLessThanOrEqual(MAX_BASEMAP_GZIP_BYTES);
  });

  it(
    'writes byte-identical files from the same inputs',
    async () => {
      const again = mkdtempSync(path.join(tmpdir(), 'build-geo-'));
      try {
        await buildGeo({ outDir: again, log: () => {} });
        for (const file of [BASEMAP_FILE, GAZETTEER_FILE]) {
          expect(readFileSync(path.join(again, file)).equals(readFileSync(path.join(outDir, file)))).toBe(true);
        }
      } finally {
        rmSync(again, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT_MS,
  );
});
