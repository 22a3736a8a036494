import { describe, expect, it } from 'vitest';
import { compareProposal } from './comparison';
import { findFicheRow, takenIds } from './fiche-row';
import { mergeProposal } from './merge';
import { CLOSED, CORRECTION, NEW_FICHE, sheet } from './moderation-fixtures';
import { initialDecisions } from './proposal-queue';

const TODAY = '2026-12-06';

describe('compareProposal', () => {
  it('puts a correction beside its row, field by field, with the sheet’s column or none', () => {
    const comparison = compareProposal(CORRECTION, [], [sheet()]);
    expect(comparison.missing).toBe(false);
    expect(comparison.target?.row.line).toBe(2);
    expect(comparison.fields.map((f) => [f.field, f.current, f.proposed, f.changed, f.column])).toEqual([
      ['practices', 'dialogue', 'dialogue;accompagnement', true, 'practices'],
      ['website', '', 'https://alliances-poitiers.example.fr', true, 'website'],
      ['email', '', 'contact@alliances-poitiers.example.fr', true, null],
    ]);
  });

  it('says when the fiche of a correction is in no sheet', () => {
    const comparison = compareProposal({ ...CORRECTION, actorId: 'fiche-partie' }, [], [sheet()]);
    expect(comparison).toMatchObject({ missing: true, target: null });
    expect(comparison.fields.map((f) => f.current)).toEqual(['', '', '']);
  });

  it('finds a row by its id column, and a homonym by its name and place', () => {
    const withIds = sheet('id,name,commune\nmda-86,Maison des alliances de Poitiers,86194\n');
    expect(findFicheRow([withIds], 'mda-86')?.row.line).toBe(2);
    const homonyms = sheet('name,ville,commune\nMaison des associations,Poitiers,86194\nMaison des associations,Lyon,69123\n');
    expect(findFicheRow([homonyms], 'maison-des-associations-lyon')?.row.line).toBe(3);
  });
});

describe('mergeProposal', () => {
  it('changes the accepted cells of a correction, adds a column for a field the sheet lacks, and dates the row', () => {
    const s = sheet();
    const target = findFicheRow([s], CORRECTION.actorId!)!;
    const decisions = { ...initialDecisions(CORRECTION, []), practices: 'reject' as const };
    const merged = mergeProposal({ table: s.table!, chosen: {}, proposal: CORRECTION, decisions, rowIndex: target.index, today: TODAY })!;
    expect(merged.table.header).toEqual([...s.table!.header, 'courriel', 'mis_a_jour_le']);
    expect(merged.table.rows[0]?.values).toMatchObject({
      practices: 'dialogue',
      website: 'https://alliances-poitiers.example.fr',
      courriel: 'contact@alliances-poitiers.example.fr',
      mis_a_jour_le: TODAY,
    });
    expect(merged.table.rows[1]).toBe(s.table!.rows[1]);
    expect(merged.changes).toEqual([
      { field: 'website', old: '', new: 'https://alliances-poitiers.example.fr' },
      { field: 'email', old: '', new: 'contact@alliances-poitiers.example.fr' },
      { field: 'updatedAt', old: '', new: TODAY },
    ]);
    expect(merged.columns).toEqual({});
    expect(merged.id).toBe('maison-des-alliances-de-poitiers');
  });

  it('appends a new fiche with an id of its own, on the line after the last', () => {
    const s = sheet();
    const merged = mergeProposal({
      table: s.table!,
      chosen: {},
      proposal: NEW_FICHE,
      decisions: initialDecisions(NEW_FICHE, []),
      taken: takenIds([s]),
      today: TODAY,
    })!;
    expect(merged.id).toBe('atelier-commun-de-venissieux');
    expect(merged.line).toBe(4);
    expect(merged.table.rows).toHaveLength(3);
    expect(merged.table.rows[2]?.values).toEqual({
      id: 'atelier-commun-de-venissieux',
      name: 'Atelier commun de Vénissieux',
      entity: 'actor',
      practices: 'lieu',
      commune: '69259',
      website: 'https://atelier-venissieux.example.fr',
      mis_a_jour_le: TODAY,
    });
    // A name already taken gets a number.
    expect(
      mergeProposal({
        table: s.table!,
        chosen: {},
        proposal: NEW_FICHE,
        decisions: { name: 'accept' },
        taken: new Set(['atelier-commun-de-venissieux']),
        today: TODAY,
      })?.id,
    ).toBe('atelier-commun-de-venissieux-2');
  });

  it('writes an accepted report in a column the pipeline ignores, and keeps the row', () => {
    const s = sheet();
    const target = findFicheRow([s], 'atelier-commun')!;
    const merged = mergeProposal({
      table: s.table!,
      chosen: {},
      proposal: CLOSED,
      decisions: { report: 'accept' },
      rowIndex: target.index,
      today: TODAY,
    })!;
    expect(merged.table.rows).toHaveLength(2);
    expect(merged.table.rows[1]?.values['signalement']).toBe(
      'fermé (signalé le 03/12/2026, accepté le 06/12/2026) : Le local a fermé en novembre.',
    );
    expect(merged.columns).toEqual({ signalement: 'ignore' });
    expect(merged.changes.map((c) => c.field)).toEqual(['report']);
  });

  it('changes nothing when nothing is accepted, and renames an added column whose name is taken', () => {
    const s = sheet();
    expect(
      mergeProposal({ table: s.table!, chosen: {}, proposal: CORRECTION, decisions: { website: 'reject' }, rowIndex: 0, today: TODAY }),
    ).toBeNull();
    const taken = sheet('name,courriel\nMaison des alliances de Poitiers,note interne\n');
    const merged = mergeProposal({
      table: taken.table!,
      chosen: { courriel: 'ignore' },
      proposal: CORRECTION,
      decisions: { email: 'accept' },
      rowIndex: 0,
      today: TODAY,
    })!;
    expect(merged.table.header).toEqual(['name', 'courriel', 'courriel (2)', 'mis_a_jour_le']);
    expect(merged.columns).toEqual({ 'courriel (2)': 'email' });
  });
});
