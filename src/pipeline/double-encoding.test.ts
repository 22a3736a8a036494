import { describe, expect, it } from 'vitest';
import { repairDoubleEncoding, repairRow } from './double-encoding';

describe('repairDoubleEncoding', () => {
  it('reads back text decoded twice', () => {
    expect(repairDoubleEncoding('Fresnes-LÃ©guillon')).toEqual({ repaired: 'Fresnes-Léguillon' });
    expect(repairDoubleEncoding('Trie-ChÃ¢teau')).toEqual({ repaired: 'Trie-Château' });
    expect(repairDoubleEncoding('Maison de lâ€™emploi')).toEqual({ repaired: 'Maison de l’emploi' });
    expect(repairDoubleEncoding('Ã‰cole')).toEqual({ repaired: 'École' });
  });

  it('leaves sound text alone, accents and capitals included', () => {
    for (const text of ['Léguillon', 'Âge d’or', 'ÇA IRA', 'Ñandú', 'Saint-Étienne', 'prix : 10 €'])
      expect(repairDoubleEncoding(text)).toBeNull();
  });

  it('reports without repairing a cell that mixes damaged text with characters Windows-1252 has not', () => {
    expect(repairDoubleEncoding('LÃ©guillon – 日本')).toEqual({ unrepaired: true });
    expect(repairDoubleEncoding('Ã© then Ã alone')).toEqual({ unrepaired: true });
  });
});

describe('repairRow', () => {
  it('repairs the given columns only and says what it did', () => {
    const row = { line: 4, values: { nom: 'Trie-ChÃ¢teau', note: 'ChÃ¢teau' }, extra: [] };
    const { row: fixed, notes } = repairRow(row, ['nom']);
    expect(fixed.values).toEqual({ nom: 'Trie-Château', note: 'ChÃ¢teau' });
    expect(notes).toEqual([{ header: 'nom', value: 'Trie-ChÃ¢teau', repaired: 'Trie-Château' }]);
    expect(row.values.nom).toBe('Trie-ChÃ¢teau');
  });
});
