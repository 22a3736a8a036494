/**
 * The hostile corpus (tests/fixtures/hostile) through the real pipeline: `buildHostile` copies
 * fixture sheets to a temporary data folder and runs `buildData` on it, as `npm run data` would,
 * then checks what every build must keep (files that meet the app's schemas, ids a shared link
 * accepts, no empty name). Used by the pipeline's hostile tests.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildData, readPlaces } from '../../scripts/build-data';
import type { ActorDetails, ActorRecordFeature, Link } from '../../src/core/model';
import type { Problem } from '../../src/core/problems';
import { DatasetMetaSchema, DetailsShardSchema } from '../../src/core/schema';
import { LINKS_FILE } from '../../src/core/link-columns';
import { ACTORS_FILE } from '../../src/core/actor-columns';
import { readBigFile } from '../../src/state/data-file-read';
import { parseParams } from '../../src/core/url-state';
import type { Places } from '../../src/pipeline/placement';

const ROOT = resolve(__dirname, '../..');
export const HOSTILE = resolve(ROOT, 'tests/fixtures/hostile');

export interface Built {
  problems: Problem[];
  /** Every property of each actor: the map's file and the details shards put together. */
  actors: ActorRecordFeature[];
  links: Link[];
}

let places: Places;
const dirs: string[] = [];

/** Call once at the top of a test file: reads the gazetteer, and removes the temporary folders after. */
export function useHostileBuilds(): void {
  beforeAll(async () => {
    places = await readPlaces(resolve(ROOT, 'public/data'));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
}

/** Runs the pipeline on the given fixture sheets (and list of documents), as `npm run data` would on a data folder. */
export async function buildHostile(actorFiles: string[], linkFiles: string[] = [], documents?: string): Promise<Built> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-hostile-'));
  dirs.push(dir);
  for (const f of [...actorFiles, ...linkFiles, ...(documents ? [documents] : [])]) await copyFile(join(HOSTILE, f), join(dir, f));
  const entry = (file: string) => ({ file, sample: false });
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ actors: actorFiles.map(entry), links: linkFiles.map(entry), documents }));
  const outDir = join(dir, 'out');
  const { problems } = await buildData({ dataDir: dir, outDir, builtAt: '2026-01-01T00:00:00.000Z', places });
  // What the app loads must still meet its schemas.
  const read = async (file: string) => JSON.parse(await readFile(join(outDir, file), 'utf8')) as unknown;
  const map = readBigFile(ACTORS_FILE, await read(ACTORS_FILE)).features;
  const meta = DatasetMetaSchema.parse(await read('meta.json'));
  const details: ActorDetails[] = [];
  for (let k = 0; k < meta.details.shards; k += 1) details.push(...DetailsShardSchema.parse(await read(`details/${k}.json`)).details);
  expect(details.map((d) => d.id)).toEqual(map.map((f) => f.properties.id));
  const actors = map.map((f, i): ActorRecordFeature => {
    const { id: _, ...more } = details[i]!;
    return { ...f, properties: { ...f.properties, ...more } };
  });
  const links = readBigFile(LINKS_FILE, await read(LINKS_FILE));
  expect(JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8'))).toEqual(problems);
  for (const a of actors) {
    // Every survivor can be opened from a shared link.
    expect(parseParams(`actor=${encodeURIComponent(a.properties.id)}`).state.selected, a.properties.id).toBe(a.properties.id);
    expect(a.properties.name.trim()).not.toBe('');
  }
  return { problems, actors, links };
}

/** The report as [severity, line, column, value, message]: what the sheet's keeper reads. */
export const reportOf = (b: Built) => b.problems.map((p) => [p.severity, p.line, p.column, p.value, p.message]);
export const namesOf = (b: Built) => b.actors.map((a) => a.properties.name);
