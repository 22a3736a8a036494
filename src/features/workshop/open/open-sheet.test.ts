import { describe, expect, it } from 'vitest';
import { dispositionName, fetchSheet, sheetAddress } from './fetch-sheet';
import { nameOfAddress, uniqueName } from './unique-name';

describe('opening sheets', () => {
  it('names a second file of the same name apart', () => {
    const taken = new Set(['acteurs.csv', 'acteurs (2).csv']);
    expect(uniqueName('acteurs.csv', taken)).toBe('acteurs (3).csv');
    expect(uniqueName('liens.csv', taken)).toBe('liens.csv');
    expect(uniqueName('README', new Set(['README']))).toBe('README (2)');
  });

  it('names a sheet after its address', () => {
    expect(nameOfAddress('https://www.data.gouv.fr/fr/datasets/r/liste-france-services.xlsx')).toBe('liste-france-services.xlsx');
    expect(nameOfAddress('https://docs.google.com/spreadsheets/d/abc/export?format=csv&gid=0')).toBe('export.csv');
    expect(nameOfAddress('https://example.org/')).toBe('example.org.csv');
  });

  it('accepts only web addresses', () => {
    expect(sheetAddress(' https://example.org/a.csv ')).toBe('https://example.org/a.csv');
    expect(sheetAddress('javascript:alert(1)')).toBeNull();
    expect(sheetAddress('acteurs.csv')).toBeNull();
  });

  it('reads the file name a download gives', () => {
    expect(dispositionName('attachment; filename="acteurs 2024.csv"')).toBe('acteurs 2024.csv');
    expect(dispositionName("attachment; filename*=UTF-8''r%C3%A9seau.xlsx")).toBe('réseau.xlsx');
    expect(dispositionName(null)).toBeUndefined();
  });

  it('tells a refused fetch (CORS) from an HTTP error', async () => {
    const refused = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await fetchSheet('https://example.org/a.csv', refused)).toEqual({
      ok: false,
      failure: { kind: 'blocked', url: 'https://example.org/a.csv' },
    });
    const missing = (() => Promise.resolve(new Response('', { status: 404 }))) as typeof fetch;
    expect(await fetchSheet('https://example.org/a.csv', missing)).toEqual({
      ok: false,
      failure: { kind: 'http', url: 'https://example.org/a.csv', status: 404 },
    });
    const found = (() =>
      Promise.resolve(
        new Response('nom\nLabo\n', { headers: { 'content-disposition': 'attachment; filename="liste.csv"' } }),
      )) as typeof fetch;
    const fetched = await fetchSheet('https://example.org/export', found);
    expect(fetched.ok && [fetched.name, new TextDecoder().decode(fetched.bytes)]).toEqual(['liste.csv', 'nom\nLabo\n']);
    expect(await fetchSheet('pas une adresse', found)).toEqual({ ok: false, failure: { kind: 'invalid' } });
  });
});
