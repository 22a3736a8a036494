import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlaces } from '../../../../scripts/build-data';
import type { Places } from '../../../pipeline/placement';
import { runPipeline, type PipelineResult } from '../../../pipeline/run-pipeline';
import type { SourceList } from '../../../pipeline/sources';
import { ciArchive, GITHUB_WORKFLOW_PATH, GITLAB_WORKFLOW_PATH } from './ci-archive';
import { archiveName, entryPath, publishArchive } from './publish-archive';

let places: Places;
beforeAll(async () => {
  places = await readPlaces(resolve(__dirname, '../../../../public/data'));
}, 60_000);

const SOURCES: SourceList = {
  actors: [
    {
      file: 'structures.csv',
      sample: false,
      url: 'https://tableur.example.org/export?format=csv',
      columns: { 'Nom de la structure': 'name', 'Code INSEE': 'commune' },
    },
  ],
  links: [{ file: 'liens.csv', sample: false }],
};
const INPUTS = new Map([
  ['structures.csv', new TextEncoder().encode('Nom de la structure;Code INSEE\nMaison des Possibles;79191\nAtelier Commun;86194\n')],
  ['liens.csv', new TextEncoder().encode('source,target,type\nMaison des Possibles,Atelier Commun,partenaire\n')],
]);

async function built(): Promise<PipelineResult> {
  return runPipeline({
    sources: SOURCES,
    read: async (file) => INPUTS.get(file) ?? new Uint8Array(),
    places,
    builtAt: '2026-12-06T07:30:00.000Z',
  });
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the publishable archive', () => {
  it('holds the data files under data/, the sheets and sources.json under feuilles/, and the guide', async () => {
    const result = await built();
    const zip = unzipSync(publishArchive({ files: result.files, meta: result.meta, sources: SOURCES, inputs: INPUTS }));
    expect(Object.keys(zip).sort()).toEqual([
      'LISEZ-MOI.txt',
      'data/actors.columns.json',
      'data/details/0.json',
      'data/links.columns.json',
      'data/meta.json',
      'data/report.json',
      'feuilles/liens.csv',
      'feuilles/sources.json',
      'feuilles/structures.csv',
    ]);
    for (const [name, text] of result.files) expect(strFromU8(zip[`data/${name}`] ?? new Uint8Array())).toBe(text);
    expect(zip['feuilles/structures.csv']).toEqual(INPUTS.get('structures.csv'));
    expect(JSON.parse(strFromU8(zip['feuilles/sources.json'] ?? new Uint8Array()))).toEqual(SOURCES);
    expect(archiveName(result.meta)).toBe('donnees-atlas-2026-12-06.zip');
  });

  it('carries in meta.json the sha256 of every other file of data/, as a person checks them', async () => {
    const result = await built();
    const zip = unzipSync(publishArchive({ files: result.files, meta: result.meta, sources: SOURCES, inputs: INPUTS }));
    const meta = JSON.parse(strFromU8(zip['data/meta.json'] ?? new Uint8Array())) as { files: Record<string, string> };
    const others = Object.keys(zip)
      .filter((path) => path.startsWith('data/') && path !== 'data/meta.json')
      .map((path) => path.slice('data/'.length))
      .sort();
    expect(Object.keys(meta.files)).toEqual(others);
    for (const name of others) expect(meta.files[name]).toBe(sha256(zip[`data/${name}`] ?? new Uint8Array()));
  });

  it('says in French where the files go, with the counts', async () => {
    const result = await built();
    const zip = unzipSync(publishArchive({ files: result.files, meta: result.meta, sources: SOURCES, inputs: INPUTS }));
    const bytes = zip['LISEZ-MOI.txt'] ?? new Uint8Array();
    // A BOM and Windows line ends, for Notepad.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const guide = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(guide.startsWith('\uFEFFDonnées de l’Atlas des catalyseurs territoriaux\r\n')).toBe(true);
    expect(guide).toContain('Préparées par l’atelier des données le 6 décembre 2026 à 08:30.');
    expect(guide).toContain('2 fiches (2 acteurs, 0 projets, dont 0 d’exemple), 2 placées sur la carte, 1 liens');
    expect(guide).toContain('A. Le site est un simple dossier de fichiers');
    expect(guide).toContain('B. Le site est construit depuis un dépôt');
    expect(guide).toContain('1 feuille(s) ont une adresse en ligne');
    expect(guide).toContain('recopiez-les dans le nouveau');
  });

  it('gives the same bytes for the same data', async () => {
    const result = await built();
    const input = { files: result.files, meta: result.meta, sources: SOURCES, inputs: INPUTS };
    expect(publishArchive(input)).toEqual(publishArchive(input));
  });

  it('keeps entry paths inside the archive', () => {
    expect(entryPath('details/0.json')).toBe('details/0.json');
    expect(entryPath('../../etc/passwd')).toBe('etc/passwd');
    expect(entryPath('C:\\feuilles\\a.csv')).toBe('C:/feuilles/a.csv');
    expect(entryPath('/abs/a.csv')).toBe('abs/a.csv');
  });
});

describe('the continuous-integration archive', () => {
  it('places the workflows where GitHub and GitLab read them, with sources.json and a guide', () => {
    const zip = unzipSync(ciArchive(SOURCES, '2026-12-06T07:30:00.000Z'));
    expect(Object.keys(zip).sort()).toEqual([
      GITHUB_WORKFLOW_PATH,
      GITLAB_WORKFLOW_PATH,
      'LISEZ-MOI-integration-continue.txt',
      'data/sources.json',
    ]);
    const github = strFromU8(zip[GITHUB_WORKFLOW_PATH] ?? new Uint8Array());
    expect(github).toContain('npm run data:fetch');
    expect(github).toContain('workflow_dispatch');
    expect(github).toContain("cron: '17 3 * * *'");
    expect(github).toContain('actions/deploy-pages');
    expect(strFromU8(zip[GITLAB_WORKFLOW_PATH] ?? new Uint8Array())).toContain('npm run data:fetch');
    expect(strFromU8(zip['LISEZ-MOI-integration-continue.txt'] ?? new Uint8Array())).toContain(
      '  - structures.csv : https://tableur.example.org/export?format=csv',
    );
  });
});
