import { describe, expect, it } from 'vitest';
import { sheetToExcelCsv } from '../../../pipeline/sheet-write';
import { runPipeline } from '../../../pipeline/run-pipeline';
import { FIXTURE_PLACES } from '../../../../tests/fixtures/places';
import { correctedSheetBytes } from '../corrected-sheet';
import { findFicheRow } from './fiche-row';
import { journalCells, journalFileName, journalRows, proposalOrigin } from './journal';
import { mergeProposal } from './merge';
import { CLOSED, CORRECTION, sheet } from './moderation-fixtures';

const TODAY = '2026-12-06';

function mergedCorrection() {
  const s = sheet();
  const target = findFicheRow([s], CORRECTION.actorId!)!;
  const decisions = { practices: 'reject', website: 'accept', email: 'accept' } as const;
  return mergeProposal({ table: s.table!, chosen: {}, proposal: CORRECTION, decisions, rowIndex: target.index, today: TODAY })!;
}

describe('the journal', () => {
  it('names where a proposal comes from, for staff only', () => {
    expect(proposalOrigin(CORRECTION)).toBe('proposition de Camille Martin (camille.martin@exemple-mairie.fr) du 01/12/2026');
    expect(proposalOrigin(CLOSED)).toBe('proposition anonyme du 03/12/2026');
    expect(proposalOrigin({ ...CLOSED, from: { email: 'a@b.fr' } })).toBe('proposition de a@b.fr du 03/12/2026');
  });

  it('writes a row per change accepted and per field refused, as a sheet French Excel opens', () => {
    const merged = mergedCorrection();
    const rows = journalRows({
      proposal: CORRECTION,
      fiche: merged.id,
      ficheName: 'Maison des alliances de Poitiers',
      today: TODAY,
      accepted: merged.changes,
      refused: [{ field: 'practices', current: 'dialogue', proposed: 'dialogue;accompagnement' }],
    });
    const cells = journalCells(rows);
    const origin = 'proposition de Camille Martin (camille.martin@exemple-mairie.fr) du 01/12/2026';
    expect(cells.header).toEqual([
      'date',
      'fiche',
      'nom de la fiche',
      'champ',
      'ancienne valeur',
      'nouvelle valeur',
      'origine',
      'décision',
    ]);
    expect(cells.rows).toEqual([
      [
        '06/12/2026',
        'maison-des-alliances-de-poitiers',
        'Maison des alliances de Poitiers',
        'site web',
        '',
        'https://alliances-poitiers.example.fr',
        origin,
        'accepté',
      ],
      [
        '06/12/2026',
        'maison-des-alliances-de-poitiers',
        'Maison des alliances de Poitiers',
        'courriel',
        '',
        'contact@alliances-poitiers.example.fr',
        origin,
        'accepté',
      ],
      ['06/12/2026', 'maison-des-alliances-de-poitiers', 'Maison des alliances de Poitiers', 'mis à jour le', '', TODAY, origin, 'accepté'],
      [
        '06/12/2026',
        'maison-des-alliances-de-poitiers',
        'Maison des alliances de Poitiers',
        'pratiques',
        'dialogue',
        'dialogue;accompagnement',
        origin,
        'refusé',
      ],
    ]);
    const csv = sheetToExcelCsv(cells.header, cells.rows);
    expect(csv.startsWith('\uFEFFdate;fiche;nom de la fiche;champ;')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      `06/12/2026;maison-des-alliances-de-poitiers;Maison des alliances de Poitiers;site web;;https://alliances-poitiers.example.fr;${origin};accepté`,
    );
    expect(journalFileName(TODAY, 'csv')).toBe('journal-2026-12-06.csv');
  });

  it('keeps the proposer’s name and email out of every file the pipeline writes from the merged sheet', async () => {
    const merged = mergedCorrection();
    const bytes = correctedSheetBytes(merged.table, true);
    const result = await runPipeline({
      sources: { actors: [{ file: 'acteurs.csv', sample: false }], links: [] },
      read: async () => bytes,
      places: FIXTURE_PLACES,
      builtAt: '2026-12-06T00:00:00.000Z',
    });
    const shard = JSON.parse(result.files.get('details/0.json') ?? '{}') as {
      details: { id: string; website: string; updatedAt?: string; contact?: { email?: string } }[];
    };
    expect(shard.details[0]).toMatchObject({
      id: 'maison-des-alliances-de-poitiers',
      website: 'https://alliances-poitiers.example.fr/',
      updatedAt: TODAY,
      contact: { email: 'contact@alliances-poitiers.example.fr' },
    });
    expect(shard.details[1]?.updatedAt).toBeUndefined();
    for (const [name, text] of result.files) {
      for (const secret of ['Camille', 'camille.martin', 'exemple-mairie', 'proposition de'])
        expect(`${name}: ${text.includes(secret)}`).toBe(`${name}: false`);
    }
  });
});
