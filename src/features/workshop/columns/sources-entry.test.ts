import { describe, expect, it } from 'vitest';
import { SourceListSchema } from '../../../pipeline/sources';
import { formatSheetSource, readSheetSource, readsAsWorkshop, sheetSourceEntry, type WorkshopSheet } from './sources-entry';

/** The France services list as the workshop reads it (its real header; see column-guess.test.ts). */
const FRANCE_SERVICES: WorkshopSheet = {
  role: 'actors',
  file: 'france-services-2022.csv',
  sample: false,
  url: 'https://www.data.gouv.fr/fr/datasets/r/example-resource',
  headers: [
    'id_fs',
    'insee_dep',
    'lib_fs',
    'adresse',
    'complement_adresse',
    'insee_com',
    'code_postal',
    'lib_com',
    'latitude',
    'mail',
    'h_lundi',
  ],
  columns: {
    id_fs: 'id',
    insee_dep: 'departement',
    lib_fs: 'name',
    adresse: 'street',
    complement_adresse: 'ignore',
    insee_com: 'commune',
    code_postal: 'postcode',
    lib_com: 'communeName',
    latitude: 'lat',
    mail: 'email',
    h_lundi: 'ignore',
  },
  values: { profile: 'institution', scope: '' },
};

describe('sheetSourceEntry', () => {
  it('says only what the pipeline would not do by itself', () => {
    expect(sheetSourceEntry(FRANCE_SERVICES)).toEqual({
      file: 'france-services-2022.csv',
      sample: false,
      url: 'https://www.data.gouv.fr/fr/datasets/r/example-resource',
      // insee_com, code_postal, lib_com, latitude, adresse and mail are headers the pipeline knows.
      columns: { id_fs: 'id', insee_dep: 'departement', lib_fs: 'name', complement_adresse: 'ignore', h_lundi: 'ignore' },
      values: { profile: 'institution' },
    });
  });

  it('keeps a known header’s choice when it differs from what the pipeline would read', () => {
    const entry = sheetSourceEntry({ ...FRANCE_SERVICES, columns: { ...FRANCE_SERVICES.columns, mail: 'ignore', latitude: 'ignore' } });
    expect(entry.columns).toMatchObject({ mail: 'ignore', latitude: 'ignore' });
  });

  it('keeps the choice that settles which of two columns feeds a field', () => {
    const sheet: WorkshopSheet = {
      role: 'actors',
      file: 'a.xlsx',
      sample: true,
      sheet: 'Acteurs 2026',
      header: false,
      headers: ['A', 'B', 'C'],
      columns: { A: 'name', B: 'ignore', C: 'name' },
      values: {},
    };
    expect(sheetSourceEntry(sheet)).toEqual({
      file: 'a.xlsx',
      sample: true,
      sheet: 'Acteurs 2026',
      header: false,
      columns: { A: 'name', B: 'ignore', C: 'name' },
    });
  });

  it('gives a minimal entry for a sheet the pipeline reads as it is', () => {
    const sheet: WorkshopSheet = {
      role: 'links',
      file: 'liens.csv',
      sample: false,
      headers: ['source', 'cible', 'type'],
      columns: { source: 'source', cible: 'target', type: 'type' },
      values: {},
    };
    expect(sheetSourceEntry(sheet)).toEqual({ file: 'liens.csv', sample: false });
  });
});

describe('the entry’s text', () => {
  const entry = sheetSourceEntry(FRANCE_SERVICES);
  const text = formatSheetSource(entry);

  it('is indented JSON', () => {
    expect(text.split('\n').slice(0, 4)).toEqual([
      '{',
      '  "file": "france-services-2022.csv",',
      '  "sample": false,',
      '  "url": "https://www.data.gouv.fr/fr/datasets/r/example-resource",',
    ]);
  });

  it('reads back, with the pipeline’s schema, to the same entry, which reads the sheet as the workshop did', () => {
    const back = readSheetSource(text);
    expect(back).toEqual({ ok: true, source: entry });
    if (!back.ok) return;
    expect(readsAsWorkshop(back.source, FRANCE_SERVICES)).toBe(true);
    expect(SourceListSchema.safeParse({ actors: [back.source], links: [] }).success).toBe(true);
  });

  it('fails the check when an entry reads the sheet otherwise', () => {
    expect(readsAsWorkshop({ ...entry, columns: {} }, FRANCE_SERVICES)).toBe(false);
    expect(readsAsWorkshop({ ...entry, values: {} }, FRANCE_SERVICES)).toBe(false);
  });

  it('says what is wrong with a text that is not an entry', () => {
    expect(readSheetSource('{')).toMatchObject({ ok: false });
    expect(readSheetSource('{"file": "", "sample": "non"}')).toEqual({
      ok: false,
      error: 'file: too small (at least 1); sample: expected boolean',
    });
  });
});
