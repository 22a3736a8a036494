/**
 * The repository's whole `data/` folder given to the workshop (its `sources.json` with the sheets)
 * is checked exactly as `npm run data` builds it: the store's sources are `sources.json`'s, and the
 * worker's own check (`runRequest`) on the files' bytes writes the same bytes as `buildData`.
 * The browser side of the same proof: `identity.browser.test.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, readPlaces, readSourceList } from '../../../scripts/build-data';
import type { Places } from '../../pipeline/placement';
import { columnAdvisor } from './column-advisor';
import { inProcessClient } from './pipeline-service';
import { createWorkshopStore } from './workshop-store';

const ROOT = resolve(__dirname, '../../..');
const DATA = resolve(ROOT, 'data');
const BUILT_AT = '2026-01-01T00:00:00.000Z';

/** Every file of the folder, in the order a file picker gives them (by name: the samples before the seeds). */
const folder = () =>
  readdirSync(DATA)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DATA, name))) }));

describe('the data folder given to the workshop', () => {
  let places: Places;
  beforeAll(async () => {
    places = await readPlaces(resolve(ROOT, 'public/data'));
  }, 60_000);

  it('is read as sources.json says: its roles, its order, its sample sheets', async () => {
    const store = createWorkshopStore({ client: inProcessClient(places, BUILT_AT), advisor: columnAdvisor });
    await store.getState().addFiles(folder());
    const s = store.getState();
    expect(s.configuration).toMatchObject({ name: 'sources.json', error: null });
    expect(s.sheets.map((sheet) => [sheet.name, sheet.status, sheet.role])).toEqual([
      ['seed-actors.csv', 'ready', 'actors'],
      ['sample-actors.csv', 'ready', 'actors'],
      ['seed-links.csv', 'ready', 'links'],
      ['sample-links.csv', 'ready', 'links'],
      ['documents.csv', 'ready', 'documents'],
      ['fragility-impact-2020.csv', 'ready', 'fragility'],
    ]);
    expect(s.sources).toEqual(await readSourceList(DATA));
  });

  it('is checked by the worker’s path into the very bytes npm run data writes', async () => {
    const store = createWorkshopStore({ client: inProcessClient(places, BUILT_AT), advisor: columnAdvisor });
    await store.getState().addFiles(folder());
    await store.getState().runChecks();
    expect(store.getState().build.result).not.toBeNull();
    const files = await store.getState().builtFiles();

    const outDir = await mkdtemp(join(tmpdir(), 'atlas-identity-'));
    const built = await buildData({ dataDir: DATA, outDir, builtAt: BUILT_AT, places });
    expect([...files.keys()].sort()).toEqual([...built.files].sort());
    expect(built.files).toEqual(expect.arrayContaining(['fragility.json', 'meta.json', 'report.json']));
    for (const name of built.files) {
      expect(files.get(name), name).toBe(await readFile(join(outDir, name), 'utf8'));
    }
    // The citations resolved: the documents' titles are in the fiches' details.
    expect(files.get('details/0.json')).toContain('Réseau des pionniers');
  }, 60_000);
});
