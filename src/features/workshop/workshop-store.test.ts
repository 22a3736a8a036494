import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PLACES } from '../../../tests/fixtures/places';
import type { PipelineClient } from './pipeline-client';
import { inProcessClient as pipelineInProcess } from './pipeline-service';
import { createWorkshopStore, type ColumnAdvisor } from './workshop-store';

const encode = (text: string) => new TextEncoder().encode(text);

/** The worker's work in the same thread, on the fixture territory, saying which files each check read corrected. */
function inProcessClient(): PipelineClient & { runs: { corrected: string[] }[] } {
  const client = pipelineInProcess(FIXTURE_PLACES);
  const runs: { corrected: string[] }[] = [];
  return {
    ...client,
    runs,
    run: (sources, corrected) => {
      runs.push({ corrected: Object.keys(corrected) });
      return client.run(sources, corrected);
    },
  };
}

const ACTORS = 'nom,Structure,code insee\nLabo des partenariats,Ville,86194\nFabrique,Asso,99999\n';
const LINKS = 'source,target,type\nLabo des partenariats,Fabrique,partenaire\n';

describe('the workshop store', () => {
  it('reads dropped sheets, guesses their role and their unknown columns, and checks them', async () => {
    const guessed: string[] = [];
    const advisor: ColumnAdvisor = {
      guess: (columns) =>
        columns.map(({ header, samples }) => {
          guessed.push(`${header}: ${samples.join('|')}`);
          return header === 'Structure' ? { field: 'profile', reason: 'valeurs : profils' } : { field: 'ignore', reason: '' };
        }),
      recall: () => undefined,
      remember: () => undefined,
    };
    let clock = 0;
    const store = createWorkshopStore({ client: inProcessClient(), advisor, now: () => (clock += 250) });
    await store.getState().addFiles([
      { name: 'acteurs.csv', bytes: encode(ACTORS) },
      { name: 'liens.csv', bytes: encode(LINKS) },
    ]);
    const s = store.getState();
    expect(s.sheets.map((sheet) => [sheet.name, sheet.status, sheet.role, sheet.table?.rows.length])).toEqual([
      ['acteurs.csv', 'ready', 'actors', 2],
      ['liens.csv', 'ready', 'links', 1],
    ]);
    expect(guessed).toEqual([
      'nom: Labo des partenariats|Fabrique',
      'Structure: Ville|Asso',
      'code insee: 86194|99999',
      'source: Labo des partenariats',
      'target: Fabrique',
      'type: partenaire',
    ]);
    expect(s.sheets[0]?.columns).toEqual({ Structure: 'profile' });
    expect(s.columnViews['acteurs.csv']?.unknown.map((c) => [c.header, c.choice, c.reason])).toEqual([
      ['Structure', 'profile', 'valeurs : profils'],
    ]);
    expect(s.sources).toEqual({
      actors: [{ file: 'acteurs.csv', sample: false, columns: { Structure: 'profile' } }],
      links: [{ file: 'liens.csv', sample: false }],
    });
    expect(s.canCheck).toBe(true);

    store.getState().setColumn('acteurs.csv', 'Structure', 'ignore');
    await store.getState().runChecks();
    const done = store.getState();
    expect(done.build.status).toBe('done');
    expect(done.step).toBe('report');
    expect(done.counts).toEqual({ records: 2, placed: 1, links: 1, errors: 0, warnings: expect.any(Number) as number, elapsedMs: 250 });
    expect(done.build.result?.problems.some((p) => p.value === '99999')).toBe(true);
    expect(done.stale).toBe(false);
  });

  it('corrects a cell and checks the corrected table again, on the same lines', async () => {
    const client = inProcessClient();
    const store = createWorkshopStore({ client });
    await store.getState().addFiles([{ name: 'acteurs.csv', bytes: encode(ACTORS) }]);
    await store.getState().runChecks();
    const before = store.getState().build.result?.problems.find((p) => p.value === '99999');
    expect(before?.line).toBe(3);

    store.getState().editCell('acteurs.csv', 3, 'code insee', '86066');
    expect(store.getState().stale).toBe(true);
    expect(store.getState().sheets[0]?.table?.rows[1]?.values['code insee']).toBe('86066');
    await store.getState().runChecks();
    expect(client.runs.at(-1)?.corrected).toEqual(['acteurs.csv']);
    const after = store.getState().build.result;
    expect(after?.problems.some((p) => p.value === '99999')).toBe(false);
    expect(after?.actors.features.map((f) => f.properties.commune)).toEqual(['86194', '86066']);
  });

  it('asks when the first row looks like data, and reads the sheet again without a header when told', async () => {
    const store = createWorkshopStore({ client: inProcessClient() });
    await store.getState().addFiles([{ name: 'sans-entete.csv', bytes: encode('Labo,contact@labo.fr,86194\nFab,fab@asso.fr,86066\n') }]);
    expect(store.getState().sheets[0]?.headerAsked).toBe(true);
    await store.getState().setHeader('sans-entete.csv', false);
    const sheet = store.getState().sheets[0];
    expect([sheet?.headerAsked, sheet?.header, sheet?.table?.header, sheet?.table?.rows.length]).toEqual([
      false,
      false,
      ['A', 'B', 'C'],
      2,
    ]);
    expect(store.getState().sources.actors).toEqual([
      { file: 'sans-entete.csv', sample: false, header: false, columns: { A: 'ignore', B: 'ignore', C: 'ignore' } },
    ]);
  });

  it('reuses the choices remembered for the same headers, and says a sheet it cannot read', async () => {
    const remembered = new Map<string, { columns: Record<string, string>; values: Record<string, string> }>();
    const advisor: ColumnAdvisor = {
      guess: () => [],
      recall: (header) => remembered.get(header.join('\u0000')),
      remember: (header, _role, choices) => void remembered.set(header.join('\u0000'), choices),
    };
    const store = createWorkshopStore({ client: inProcessClient(), advisor });
    await store.getState().addFiles([{ name: 'acteurs.csv', bytes: encode(ACTORS) }]);
    store.getState().setValue('acteurs.csv', 'profile', 'institution');
    await store.getState().addFiles([
      { name: 'acteurs.csv', bytes: encode(ACTORS) },
      { name: 'casse.xlsx', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]) },
    ]);
    const [, second, broken] = store.getState().sheets;
    expect([second?.name, second?.remembered, second?.values]).toEqual(['acteurs (2).csv', true, { profile: 'institution' }]);
    expect(broken?.status).toBe('failed');
    expect(broken?.error).toMatch(/illisible/);
    store.getState().removeSheet('casse.xlsx');
    expect(store.getState().sheets.map((s) => s.name)).toEqual(['acteurs.csv', 'acteurs (2).csv']);
  });

  it('reads another sheet of a workbook, and takes it for links when it holds links', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../tests/fixtures/sheets/acteurs.xlsx', import.meta.url)));
    const store = createWorkshopStore({ client: inProcessClient() });
    await store.getState().addFiles([{ name: 'acteurs.xlsx', bytes }]);
    const read = store.getState().sheets[0];
    expect([read?.format, read?.sheets, read?.sheet, read?.role, read?.table?.rows.length]).toEqual([
      'xlsx',
      ['Acteurs', 'Liens'],
      'Acteurs',
      'actors',
      5,
    ]);
    await store.getState().setSheet('acteurs.xlsx', 'Liens');
    const links = store.getState().sheets[0];
    expect([links?.sheet, links?.role, links?.table?.rows.length]).toEqual(['Liens', 'links', 2]);
    expect(store.getState().sources).toEqual({ actors: [], links: [{ file: 'acteurs.xlsx', sample: false, sheet: 'Liens' }] });
  });

  it('says plainly when the worker fails', async () => {
    const client = { ...inProcessClient(), run: () => Promise.reject(new Error('worker error')) };
    const store = createWorkshopStore({ client });
    await store.getState().addFiles([{ name: 'acteurs.csv', bytes: encode(ACTORS) }]);
    await store.getState().runChecks();
    expect(store.getState().build).toMatchObject({ status: 'failed', result: null });
    expect(store.getState().build.error).toBe(
      'Le vérificateur s’est arrêté de façon inattendue : worker error. Rechargez la page et réessayez.',
    );
  });
});
