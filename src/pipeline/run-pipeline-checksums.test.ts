import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlaces } from '../../scripts/build-data';
import { DatasetMetaSchema } from '../core/schema';
import type { Places } from './placement';
import { fileChecksums, runPipeline } from './run-pipeline';

const PUBLIC_DATA = resolve(__dirname, '../../public/data');
let places: Places;

beforeAll(async () => {
  places = await readPlaces(PUBLIC_DATA);
}, 60_000);

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('meta.json’s checksums of the published files', () => {
  it('holds the sha256 of every data file but meta.json, names sorted, equal to node’s own sha256', async () => {
    const sheets: Record<string, string> = {
      'a.csv': 'id,nom,commune\nun,Un,79191\ndeux,Deux,86194\n',
      'l.csv': 'source,target,type\nun,deux,partenaire\n',
      'f.csv': 'indice,region,valeur\n',
    };
    const result = await runPipeline({
      sources: { actors: [{ file: 'a.csv', sample: false }], links: [{ file: 'l.csv', sample: false }], fragility: 'f.csv' },
      read: async (file) => new TextEncoder().encode(sheets[file] ?? ''),
      places,
      builtAt: '2026-01-01T00:00:00.000Z',
    });
    const files = result.meta.files ?? {};
    expect(Object.keys(files)).toEqual(['actors.columns.json', 'details/0.json', 'fragility.json', 'links.columns.json', 'report.json']);
    for (const [name, sum] of Object.entries(files)) expect(sum).toBe(nodeSha256(result.files.get(name) ?? 'missing'));
    // The file written is the meta returned, and the app's schema reads it.
    const written = JSON.parse(result.files.get('meta.json') ?? '') as unknown;
    expect(written).toEqual(result.meta);
    expect(DatasetMetaSchema.parse(written).files).toEqual(files);
  });

  it('sorts the names by code unit and leaves meta.json out', async () => {
    const files = new Map([
      ['meta.json', '{}\n'],
      ['details/10.json', 'b'],
      ['details/2.json', 'c'],
      ['actors.columns.json', 'a'],
    ]);
    expect(await fileChecksums(files)).toEqual({
      'actors.columns.json': nodeSha256('a'),
      'details/10.json': nodeSha256('b'),
      'details/2.json': nodeSha256('c'),
    });
  });
});
