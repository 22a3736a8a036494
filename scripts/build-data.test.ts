import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, decodeSheet, type BuildDataResult } from './build-data';
import { DetailsShardSchema } from '../src/core/schema';
import { LINKS_FILE } from '../src/core/link-columns';
import { ACTORS_FILE } from '../src/core/actor-columns';
import { readBigFile } from '../src/state/data-file-read';

const readActors = async (dir: string) => readBigFile(ACTORS_FILE, JSON.parse(await readFile(join(dir, ACTORS_FILE), 'utf8')));

const ROOT = resolve(__dirname, '..');
const DATA = resolve(ROOT, 'data');
const BUILT_AT = '2026-01-01T00:00:00.000Z';

async function buildInto(former: readonly string[] = []): Promise<{ dir: string; result: BuildDataResult }> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-data-'));
  for (const name of former) await writeFile(join(dir, name), '[]\n');
  const result = await buildData({ dataDir: DATA, outDir: dir, builtAt: BUILT_AT });
  return { dir, result };
}

describe('buildData on the default dataset', () => {
  let first: { dir: string; result: BuildDataResult };
  let second: { dir: string; result: BuildDataResult };
  beforeAll(async () => {
    first = await buildInto();
    second = await buildInto(['actors.geojson', 'links.json', 'overview.json']);
  }, 60_000);

  it('is deterministic: the same inputs give byte-identical files', async () => {
    const list = async (dir: string) =>
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) =>
          join(e.parentPath, e.name)
            .slice(dir.length + 1)
            .replaceAll('\\', '/'),
        )
        .sort();
    const files = await list(first.dir);
    expect(files).toEqual(
      expect.arrayContaining(['actors.columns.json', 'details/0.json', 'fragility.json', 'links.columns.json', 'meta.json', 'report.json']),
    );
    // The files of the former layouts found in the folder are gone (a host would publish them), and
    // the overview of a former, larger build (the default data are too few to have one).
    expect(files).not.toContain('overview.json');
    expect(await list(second.dir)).toEqual(files);
    for (const f of files) {
      const same = (await readFile(join(second.dir, f))).equals(await readFile(join(first.dir, f)));
      expect(same, f).toBe(true);
    }
  });

  it('builds the default data without any problem', () => {
    expect(first.result.problems).toEqual([]);
  });

  it('holds at least 520 actors and projects and 600 links, all the real ones included', () => {
    const c = first.result.meta.counts;
    expect(c.actors + c.projects).toBeGreaterThanOrEqual(520);
    expect(c.links).toBeGreaterThanOrEqual(600);
    expect(c.real).toBe(54);
  });

  it('writes files that meet the schema the app checks', async () => {
    const actors = await readActors(first.dir);
    const links = readBigFile(LINKS_FILE, JSON.parse(await readFile(join(first.dir, LINKS_FILE), 'utf8')));
    const ids = new Set(actors.features.map((f) => f.properties.id));
    expect(ids.size).toBe(actors.features.length);
    expect(links.every((l) => ids.has(l.source) && ids.has(l.target))).toBe(true);
  });

  it('puts the fiche-only fields in the details shards, in the row order of actors.columns.json', async () => {
    const actors = await readActors(first.dir);
    const { shardSize, shards } = first.result.meta.details;
    expect(shardSize).toBe(1000);
    expect(shards).toBe(Math.ceil(actors.features.length / shardSize));
    const details: { id: string; description: string; sources: string[] }[] = [];
    for (let k = 0; k < shards; k += 1) {
      const shard = DetailsShardSchema.parse(JSON.parse(await readFile(join(first.dir, `details/${k}.json`), 'utf8')));
      expect(shard.first).toBe(k * shardSize);
      details.push(...shard.details);
    }
    expect(details.map((d) => d.id)).toEqual(actors.features.map((f) => f.properties.id));
    expect(Object.keys(actors.features[0]?.properties ?? {})).not.toContain('description');
    const ptce = details[actors.features.findIndex((f) => f.properties.name === 'PTCE Les Mureaux')];
    expect(ptce?.description).not.toBe('');
    expect(ptce?.sources.length).toBeGreaterThan(0);
  });

  it('places the real actors as the documents say', async () => {
    const { features } = await readActors(first.dir);
    const byName = (n: string) => features.find((f) => f.properties.name === n);
    expect(byName('PTCE Les Mureaux')?.properties).toMatchObject({
      commune: '78440',
      precision: 'commune',
      departement: '78',
      region: '11',
    });
    expect(byName('Silver Geek')?.properties).toMatchObject({ commune: '', precision: 'departement', departement: '86' });
    expect(byName('Pro Bono Lab')?.geometry).toBeNull();
    expect(byName('ADAP')?.properties).toMatchObject({ sample: false, precision: 'none' });
    expect((byName('ADAP')?.properties.qualification as number) < 0.5).toBe(true);
  });

  it('never marks a sample row as real, and names every sample "Exemple –"', async () => {
    const { features } = await readActors(first.dir);
    const samples = features.filter((f) => f.properties.sample);
    expect(samples.length).toBe(first.result.meta.counts.sample);
    expect(samples.every((f) => f.properties.name.startsWith('Exemple – '))).toBe(true);
    expect(features.filter((f) => !f.properties.sample).some((f) => f.properties.name.startsWith('Exemple'))).toBe(false);
  });

  it('records a checksum of every input and the given build date', () => {
    expect(first.result.meta.builtAt).toBe(BUILT_AT);
    expect(Object.keys(first.result.meta.sources)).toEqual([
      'documents.csv',
      'fragility-impact-2020.csv',
      'sample-actors.csv',
      'sample-links.csv',
      'seed-actors.csv',
      'seed-links.csv',
    ]);
    expect(Object.values(first.result.meta.sources).every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  });
});

describe('decodeSheet', () => {
  it('reads UTF-8', () => {
    expect(decodeSheet(Buffer.from('Élan', 'utf8'))).toBe('Élan');
  });

  it('reads a Windows-1252 sheet from an old spreadsheet', () => {
    expect(decodeSheet(Buffer.from([0xc9, 0x6c, 0x61, 0x6e]))).toBe('Élan');
  });
});
