import { describe, expect, it } from 'vitest';
import { FIXTURE_PLACES } from '../../../../tests/fixtures/places';
import type { PipelineClient } from '../pipeline-client';
import { inProcessClient as pipelineInProcess } from '../pipeline-service';
import { createWorkshopStore } from '../workshop-store';

const encode = (text: string) => new TextEncoder().encode(text);

/** The worker in this thread, saying how each sheet was read. */
function inProcessClient(): PipelineClient & { reads: string[] } {
  const client = pipelineInProcess(FIXTURE_PLACES);
  const reads: string[] = [];
  return {
    ...client,
    reads,
    open: (name, bytes, options) => {
      reads.push(`${name} header=${String(options.header)}`);
      return client.open(name, bytes, options);
    },
  };
}

const ACTORS = 'nom,Structure,commune\nLabo des partenariats,Ville,86194\n';
const HEADLESS = 'Fabrique,79191\n';
const DOCUMENTS = 'id,title\ndoc-1,Un document\n';
const CONFIG = {
  actors: [
    { file: 'sans-entetes.csv', sample: true, header: false, columns: { A: 'name', B: 'commune' } },
    { file: 'acteurs.csv', sample: false, values: { profile: 'collectivite' } },
  ],
  links: [],
  documents: 'documents.csv',
};

describe('a configuration given to the workshop store', () => {
  it('applied after the sheets: roles, header row read again, choices, order', async () => {
    const client = inProcessClient();
    const store = createWorkshopStore({ client });
    await store.getState().addFiles([
      { name: 'acteurs.csv', bytes: encode(ACTORS) },
      { name: 'documents.csv', bytes: encode(DOCUMENTS) },
      { name: 'sans-entetes.csv', bytes: encode(HEADLESS) },
    ]);
    expect(store.getState().sheets.map((s) => s.role)).toEqual(['actors', 'documents', 'actors']);
    expect(store.getState().sources.documents).toBe('documents.csv');

    await store.getState().addConfiguration('sources.json', encode(JSON.stringify(CONFIG)));
    const s = store.getState();
    expect(client.reads).toContain('sans-entetes.csv header=false');
    expect(s.sheets.map((sheet) => [sheet.name, sheet.role, sheet.header, sheet.table?.rows.length])).toEqual([
      ['sans-entetes.csv', 'actors', false, 1],
      ['acteurs.csv', 'actors', true, 1],
      ['documents.csv', 'documents', true, 1],
    ]);
    expect(s.sources).toEqual(CONFIG);
    await s.runChecks();
    expect(store.getState().build.result?.meta.counts).toMatchObject({ actors: 2 });
  });

  it('given with the sheets, reads each as it says from the first read; a bad one is said', async () => {
    const client = inProcessClient();
    const store = createWorkshopStore({ client });
    await store.getState().addFiles([
      { name: 'sans-entetes.csv', bytes: encode(HEADLESS) },
      { name: 'sources.json', bytes: encode(JSON.stringify(CONFIG)) },
    ]);
    expect(client.reads).toEqual(['sans-entetes.csv header=false']);
    expect(store.getState().sheets.map((s) => [s.name, s.headerAsked, s.sample, s.columns])).toEqual([
      ['sans-entetes.csv', false, true, { A: 'name', B: 'commune' }],
    ]);

    await store.getState().addConfiguration('meta.json', encode('{"builtAt": "2026-01-01"}'));
    expect(store.getState().configuration).toEqual({
      name: 'meta.json',
      sources: null,
      error: 'actors: expected array ; links: expected array',
    });
  });
});
