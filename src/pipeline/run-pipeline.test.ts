import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlaces } from '../../scripts/build-data';
import type { Places } from './placement';
import { runPipeline, sha256, type PipelineResult } from './run-pipeline';
import type { SourceList } from './sources';

const PUBLIC_DATA = resolve(__dirname, '../../public/data');
const BUILT_AT = '2026-01-01T00:00:00.000Z';
let places: Places;

beforeAll(async () => {
  places = await readPlaces(PUBLIC_DATA);
}, 60_000);

async function run(sources: SourceList, files: Record<string, string>): Promise<PipelineResult> {
  const bytes = new Map(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)]));
  return runPipeline({
    sources,
    read: async (file) => {
      const found = bytes.get(file);
      if (!found) throw new Error(`no file ${file}`);
      return found;
    },
    places,
    builtAt: BUILT_AT,
  });
}

const SHEET = [
  'Nom de la structure;Code INSEE;Catégorie;Remarque interne',
  'Maison des Possibles;79191;lieu;à rappeler',
  'Atelier Commun;86194;dialogue;',
].join('\n');

const report = (r: PipelineResult) => r.problems.map((p) => [p.severity, p.line, p.column, p.value, p.message]);

describe('runPipeline with a sheet’s column choices', () => {
  it('reads headers it does not know through the choices, and says nothing of the ignored ones', async () => {
    const result = await run(
      {
        actors: [
          {
            file: 'structures.csv',
            sample: false,
            columns: { 'Nom de la structure': 'name', Catégorie: 'practices', 'Remarque interne': 'ignore' },
          },
        ],
        links: [],
      },
      { 'structures.csv': SHEET },
    );
    expect(report(result)).toEqual([]);
    expect(result.actors.features.map((f) => [f.properties.name, f.properties.practices, f.properties.communeName])).toEqual([
      ['Maison des Possibles', ['lieu'], 'Niort'],
      ['Atelier Commun', ['dialogue'], 'Poitiers'],
    ]);
  });

  it('without choices, reports the unknown columns and finds no name', async () => {
    const result = await run({ actors: [{ file: 'structures.csv', sample: false }], links: [] }, { 'structures.csv': SHEET });
    expect(result.actors.features).toEqual([]);
    expect(report(result).map((r) => r[4])).toEqual([
      'colonne inconnue',
      'colonne inconnue',
      'colonne inconnue',
      'la colonne du nom (name ou nom) manque',
    ]);
  });

  it('gives every row of a sheet a fixed value, which wins over a column of the same field', async () => {
    const result = await run(
      {
        actors: [
          {
            file: 'structures.csv',
            sample: false,
            columns: { 'Nom de la structure': 'name', Catégorie: 'practices', 'Remarque interne': 'ignore' },
            values: { profile: 'institution', practices: 'accompagnement' },
          },
        ],
        links: [],
      },
      { 'structures.csv': SHEET },
    );
    expect(result.actors.features.map((f) => [f.properties.profile, f.properties.practices])).toEqual([
      ['institution', ['accompagnement']],
      ['institution', ['accompagnement']],
    ]);
    // The sheet's own column of the same field is said to be left aside.
    expect(report(result)).toEqual([
      ['warning', 1, 'Catégorie', '', 'colonne en double (même champ que « practices (valeur fixée pour la feuille) »)'],
    ]);
  });

  it('reports a choice that names no field, and reads the column by its header', async () => {
    const result = await run(
      { actors: [{ file: 'a.csv', sample: false, columns: { nom: 'nome' } }], links: [] },
      { 'a.csv': 'nom,commune\nTiers-lieu du Marais,79191\n' },
    );
    expect(report(result)).toEqual([['warning', 1, 'nom', 'nome', 'champ inconnu choisi pour cette colonne (« nome »)']]);
    expect(result.actors.features.map((f) => f.properties.name)).toEqual(['Tiers-lieu du Marais']);
  });

  it('maps the columns of a links sheet too', async () => {
    const result = await run(
      {
        actors: [{ file: 'a.csv', sample: false }],
        links: [{ file: 'l.csv', sample: false, columns: { Porteur: 'source', Partenaire: 'target' }, values: { type: 'partenaire' } }],
      },
      { 'a.csv': 'id,nom\nun,Un\ndeux,Deux\n', 'l.csv': 'Porteur,Partenaire\nun,deux\n' },
    );
    expect(result.links.map((l) => [l.source, l.target, l.type])).toEqual([['un', 'deux', 'partenaire']]);
  });
});

describe('runPipeline’s outputs', () => {
  it('writes the checksums of the inputs and the files the atlas loads', async () => {
    const files = { 'a.csv': 'id,nom,commune\nun,Un,79191\n' };
    const result = await run({ actors: [{ file: 'a.csv', sample: false }], links: [] }, files);
    expect(result.meta.sources).toEqual({ 'a.csv': await sha256(files['a.csv']) });
    expect([...result.files.keys()]).toEqual(['actors.columns.json', 'details/0.json', 'links.columns.json', 'meta.json', 'report.json']);
    expect(result.sheets.map((s) => [s.role, s.source.file, s.table.rows.length])).toEqual([['actors', 'a.csv', 1]]);
  });

  it('computes sha256 as the standard says', async () => {
    expect(await sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('runPipeline on workbooks', () => {
  it('reads an XLSX and an ODS sheet as it reads the same rows in CSV', async () => {
    const root = resolve(__dirname, '../..');
    const csvLines = (await readFile(resolve(root, 'data/seed-actors.csv'), 'utf8')).split('\n').slice(0, 6).join('\n');
    const bytes = new Map<string, Uint8Array>([
      ['acteurs.xlsx', new Uint8Array(await readFile(resolve(root, 'tests/fixtures/sheets/acteurs.xlsx')))],
      ['acteurs.ods', new Uint8Array(await readFile(resolve(root, 'tests/fixtures/sheets/acteurs.ods')))],
      ['acteurs.csv', new TextEncoder().encode(csvLines)],
    ]);
    const build = (file: string) =>
      runPipeline({
        sources: { actors: [{ file, sample: false, sheet: 'Acteurs' }], links: [] },
        read: async (f) => bytes.get(f) ?? new Uint8Array(),
        places,
        builtAt: BUILT_AT,
      });
    const fromCsv = await runPipeline({
      sources: { actors: [{ file: 'acteurs.csv', sample: false }], links: [] },
      read: async (f) => bytes.get(f) ?? new Uint8Array(),
      places,
      builtAt: BUILT_AT,
    });
    expect(fromCsv.actors.features).toHaveLength(5);
    for (const file of ['acteurs.xlsx', 'acteurs.ods']) {
      const fromBook = await build(file);
      expect(fromBook.actors, file).toEqual(fromCsv.actors);
      expect(fromBook.files.get('actors.columns.json'), file).toBe(fromCsv.files.get('actors.columns.json'));
    }
  });
});

describe('runPipeline and the doublon column', () => {
  it('leaves out a row decided « même que », says so, and moves its links to the row kept', async () => {
    const result = await run(
      { actors: [{ file: 'a.csv', sample: false }], links: [{ file: 'l.csv', sample: false }] },
      {
        'a.csv':
          'id;nom;commune;doublon\nmaison;Maison des Possibles;79191;\nmaison-bis;Maison des possibles;79191;même que maison\nautre;Atelier Commun;86194;différent de maison\n',
        'l.csv': 'source,target,type\nmaison-bis,autre,partenaire\nmaison,autre,partenaire\n',
      },
    );
    expect(result.actors.features.map((f) => f.properties.id)).toEqual(['maison', 'autre']);
    expect(result.links.map((l) => [l.source, l.target])).toEqual([['maison', 'autre']]);
    expect(result.problems.map((p) => [p.severity, p.line, p.column, p.value, p.message, p.action])).toEqual([
      ['warning', 3, 'doublon', 'même que maison', 'même organisation que « maison »', expect.stringContaining('ligne écartée')],
    ]);
  });
});
