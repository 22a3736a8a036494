import { describe, expect, it } from 'vitest';
import type { SourceList } from '../../../pipeline/sources';
import {
  configuredFields,
  configuredFile,
  inConfigurationOrder,
  isConfigurationFile,
  missingFiles,
  readConfiguration,
  readOptionsOf,
} from './configuration';

const encode = (text: string) => new TextEncoder().encode(text);

const SOURCES: SourceList = {
  actors: [
    { file: 'seed-actors.csv', sample: false },
    { file: 'classeur.xlsx', sample: true, sheet: 'Acteurs', header: false, columns: { A: 'name' }, values: { profile: 'institution' } },
  ],
  links: [{ file: 'seed-links.csv', sample: false, url: 'https://example.org/liens.csv' }],
  documents: 'documents.csv',
  fragility: 'fragility-impact-2020.csv',
};

describe('a sources.json given to the workshop', () => {
  it('is any JSON file, read with the pipeline’s schema', () => {
    expect(isConfigurationFile('sources.json')).toBe(true);
    expect(isConfigurationFile('SOURCES.JSON')).toBe(true);
    expect(isConfigurationFile('acteurs.csv')).toBe(false);
    expect(readConfiguration(encode(JSON.stringify(SOURCES)))).toEqual({ ok: true, sources: SOURCES });
    expect(readConfiguration(encode('{"actors": ['))).toMatchObject({ ok: false, error: expect.stringMatching(/^JSON illisible/) });
    expect(readConfiguration(encode('{"actors": [{"file": "a.csv"}], "links": []}'))).toEqual({
      ok: false,
      error: 'actors.0.sample: expected boolean',
    });
  });

  it('says the role and the entry of each file it names', () => {
    expect(configuredFile(SOURCES, 'classeur.xlsx')).toEqual({ role: 'actors', entry: SOURCES.actors[1] });
    expect(configuredFile(SOURCES, 'seed-links.csv')).toEqual({ role: 'links', entry: SOURCES.links[0] });
    expect(configuredFile(SOURCES, 'documents.csv')).toEqual({ role: 'documents' });
    expect(configuredFile(SOURCES, 'fragility-impact-2020.csv')).toEqual({ role: 'fragility' });
    expect(configuredFile(SOURCES, 'autre.csv')).toBeUndefined();
  });

  it('gives how to read the file and the choices that replace the guessed ones', () => {
    const workbook = configuredFile(SOURCES, 'classeur.xlsx')!;
    expect(readOptionsOf(workbook)).toEqual({ sheet: 'Acteurs', header: false });
    expect(readOptionsOf(configuredFile(SOURCES, 'documents.csv')!)).toEqual({ sheet: '', header: true });
    expect(configuredFields(workbook)).toEqual({
      role: 'actors',
      sample: true,
      columns: { A: 'name' },
      values: { profile: 'institution' },
      remembered: false,
      proposals: {},
      headerAsked: false,
    });
    expect(configuredFields(configuredFile(SOURCES, 'seed-links.csv')!)).toMatchObject({
      role: 'links',
      url: 'https://example.org/liens.csv',
    });
    expect(configuredFields(configuredFile(SOURCES, 'fragility-impact-2020.csv')!)).toMatchObject({
      role: 'fragility',
      sample: false,
      columns: {},
      values: {},
    });
  });

  it('puts the sheets in its order, the others after in theirs, and names the files not open', () => {
    const open = ['autre.csv', 'seed-links.csv', 'fragility-impact-2020.csv', 'classeur.xlsx', 'brouillon.csv', 'seed-actors.csv'];
    expect(
      inConfigurationOrder(
        open.map((name) => ({ name })),
        SOURCES,
      ).map((s) => s.name),
    ).toEqual(['seed-actors.csv', 'classeur.xlsx', 'seed-links.csv', 'fragility-impact-2020.csv', 'autre.csv', 'brouillon.csv']);
    expect(missingFiles(SOURCES, open)).toEqual(['documents.csv']);
  });
});
