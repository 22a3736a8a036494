import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../core/csv';
import { decisionTarget } from './decision-target';
import { withDecisionColumns } from './decision-columns';

const ROWS = new Map([
  ['les-amis', { file: 'acteurs.csv', line: 2 }],
  ['amis-du-moulin', { file: 'acteurs.csv', line: 4 }],
  ['quatre', { file: 'autres.csv', line: 2 }],
]);

function sheet(csv: string, columns: Record<string, string> = {}, header = true) {
  return { name: 'acteurs.csv', role: 'actors' as const, table: parseCsv(csv), header, columns };
}

describe('withDecisionColumns', () => {
  it('adds an id column filled with the check’s ids by line, and an empty doublon column', () => {
    const added = withDecisionColumns(sheet('nom,commune\nLes Amis,86194\n,86194\nAmis du moulin,86194\n'), ROWS);
    expect(added?.added).toEqual(['id', 'doublon']);
    expect(added?.columns).toEqual({});
    expect(added?.table.header).toEqual(['nom', 'commune', 'id', 'doublon']);
    expect(added?.table.rows.map((r) => [r.line, r.values.id, r.values.doublon])).toEqual([
      [2, 'les-amis', ''],
      [3, '', ''],
      [4, 'amis-du-moulin', ''],
    ]);
    const target = decisionTarget([{ ...sheet(''), ...added!, name: 'acteurs.csv', role: 'actors' } as never], 'amis-du-moulin');
    expect(target).toEqual({ status: 'found', sheet: 'acteurs.csv', line: 4, column: 'doublon', cell: '' });
  });

  it('fills the empty cells of an existing id column and keeps the ids given', () => {
    const added = withDecisionColumns(sheet('identifiant;nom;Doublon\nmes-amis;Les Amis;\n;Autre;\n;Amis du moulin;\n'), ROWS);
    expect(added?.added).toEqual([]);
    expect(added?.filled).toBe(1);
    expect(added?.table.rows.map((r) => r.values.identifiant)).toEqual(['mes-amis', '', 'amis-du-moulin']);
  });

  it('names the added columns apart from columns read as something else, with a choice for each', () => {
    const added = withDecisionColumns(sheet('nom,id,doublon\nLes Amis,x,y\n', { id: 'ignore', doublon: 'ignore' }), ROWS);
    expect(added?.added).toEqual(['id 2', 'doublon 2']);
    expect(added?.columns).toEqual({ 'id 2': 'id', 'doublon 2': 'duplicate' });
    expect(added?.table.rows[0]?.values).toEqual({ nom: 'Les Amis', id: 'x', doublon: 'y', 'id 2': 'les-amis', 'doublon 2': '' });
  });

  it('changes nothing when all is there, or when the sheet has no header row', () => {
    expect(withDecisionColumns(sheet('id,nom,doublon\nles-amis,Les Amis,\n'), ROWS)).toBeNull();
    expect(withDecisionColumns(sheet('Les Amis,86194\n', {}, false), ROWS)).toBeNull();
  });
});
