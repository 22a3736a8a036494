/**
 * A real public list through the whole pipeline, as a new user would give it: the national list of
 * France services (2022, 2,683 rows), with a column mapping and a fixed profile. No row that names a
 * place is lost; every place it names is found, and every problem it has is said.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlaces } from '../../scripts/build-data';
import type { ActorRecordFeature } from '../core/model';
import { runPipeline, type PipelineResult } from './run-pipeline';
import type { SheetSource } from './sources';

const ROOT = resolve(__dirname, '../..');
const FILE = 'france-services-2022.csv';

const IGNORED = ['adresse', 'complement_adresse', 'mail', 'telephone', 'commentaire', 'itinerance', 'format_fs', 'groupe', 'labellisation'];
const DAYS = ['h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi'];
const SOURCE: SheetSource = {
  file: FILE,
  sample: false,
  columns: {
    id_fs: 'id',
    insee_dep: 'departement',
    lib_fs: 'name',
    insee_com: 'commune',
    lib_com: 'communeName',
    code_postal: 'postcode',
    latitude: 'lat',
    longitude: 'lon',
    ...Object.fromEntries([...IGNORED, ...DAYS].map((h) => [h, 'ignore'])),
  },
  values: { profile: 'institution' },
};

let result: PipelineResult;
let byId: Map<string, ActorRecordFeature>;

beforeAll(async () => {
  const places = await readPlaces(resolve(ROOT, 'public/data'));
  const bytes = new Uint8Array(await readFile(resolve(ROOT, 'tests/fixtures/realdata', FILE)));
  result = await runPipeline({
    sources: { actors: [SOURCE], links: [] },
    read: async () => bytes,
    places,
    builtAt: '2026-12-01T00:00:00.000Z',
  });
  byId = new Map(result.actors.features.map((f) => [f.id as string, f]));
}, 120_000);

const summary = (id: string) => {
  const f = byId.get(id);
  const p = f?.properties;
  return [p?.name, p?.precision, p?.commune, p?.communeName, p?.departement, p?.region, f?.geometry?.coordinates ?? null];
};

describe('the France services list of 2022', () => {
  it('loses no row: 2,683 in, 2,683 fiches out, no error', () => {
    expect(result.sheets[0]?.table.rows).toHaveLength(2683);
    expect(result.actors.features).toHaveLength(2683);
    expect(result.meta.counts).toMatchObject({ actors: 2683, located: 2683, unlocated: 0 });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('places every row that names a commune at it (2,651 at their own coordinates), the 26 others at their département', () => {
    const count: Record<string, number> = {};
    for (const f of result.actors.features) count[f.properties.precision] = (count[f.properties.precision] ?? 0) + 1;
    expect(count).toEqual({ coordinates: 2651, commune: 6, departement: 26 });
    expect(result.actors.features.filter((f) => f.properties.commune !== '')).toHaveLength(2657);
    expect(result.actors.features.filter((f) => !f.properties.missing.includes('place'))).toHaveLength(2657);
  });

  it('says every problem: 4 names decoded twice, 2 points far from their commune, 1 unreadable code', () => {
    const kinds = result.problems.map((p) => [p.line, p.column, p.value, p.message, p.action]);
    expect(kinds).toEqual([
      [
        759,
        'latitude',
        '4.940598 ; -52.335266',
        'coordonnées à 239 km de la commune Camopi (97356), dans le département 973 (écart admis : 150 km autour du point de la commune)',
        'ignorées ; placé au point de la commune',
      ],
      [
        1515,
        'latitude',
        '49.434955 ; 1.098474',
        'coordonnées à 43 km de la commune Pont-Audemer (27467), dans le département 76 (écart admis : 25 km autour du point de la commune)',
        'ignorées ; placé au point de la commune',
      ],
      [1709, 'insee_com', '0null', 'code INSEE illisible (5 chiffres attendus)', 'recherche par le nom'],
      ...[2701, 2702, 2707, 2708].map((line, i) => [
        line,
        'lib_fs',
        i % 2 === 0 ? 'Fresnes-LÃ©guillon' : 'Trie-ChÃ¢teau',
        'texte décodé deux fois (« Ã© » pour « é » : UTF-8 relu comme Windows-1252)',
        `réparé : « ${i % 2 === 0 ? 'Fresnes-Léguillon' : 'Trie-Château'} »`,
      ]),
    ]);
    expect(result.problems.every((p) => p.severity === 'warning' && p.file === FILE)).toBe(true);
  });

  it('places an arrondissement, Saint-Martin, a delegated commune and an unreadable code where they are', () => {
    expect(summary('436')).toEqual([
      'France services Pimms Médiation Paris 15ème - Sud',
      'coordinates',
      '75115',
      'Paris 15e Arrondissement',
      '75',
      '11',
      [2.295756, 48.83183],
    ]);
    expect(summary('1684')).toEqual([
      'France services de Sandy Ground',
      'coordinates',
      '97801',
      'Saint-Martin',
      '978',
      '',
      [-63.1008307167659, 18.0580422993005],
    ]);
    // 93059 is Pierrefitte-sur-Seine, a delegated commune of Saint-Denis (93066) since 2025.
    expect(summary('1679')).toEqual([
      'France services Pierrefitte',
      'coordinates',
      '93066',
      'Pierrefitte-sur-Seine',
      '93',
      '11',
      [2.361811, 48.951522],
    ]);
    expect(summary('2004')).toEqual([
      'Saint Etienne Vallée Française',
      'commune',
      '48148',
      'Saint-Étienne-Vallée-Française',
      '48',
      '76',
      [3.85655, 44.1713],
    ]);
    expect(summary('2889')?.slice(0, 5)).toEqual(['Fresnes-Léguillon', 'departement', '', '', '60']);
    expect(byId.get('436')?.properties.profile).toBe('institution');
  });
});
