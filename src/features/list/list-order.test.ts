import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../core/dataset-index';
import { byValueThenName, collationKey, collator, computeListOrders, computeListOrdersSteps, listOrderInput } from './list-order';
import { runStepsCounting } from '../../../tests/helpers/steps';
import { listRows } from './list';
import { actor } from '../../../tests/fixtures/actors';

const names = (data: ReturnType<typeof indexDataset>, rows: readonly number[]) => rows.map((r) => data.features[r]?.properties.name);

const DATA = indexDataset(
  [
    actor({ id: 'z', name: 'Zèbre solidaire', departement: '75', communeName: 'Paris', qualification: 0.5 }, [2.35, 48.85]),
    actor({ id: 'l10', name: 'Lieu 10', departement: '69', communeName: 'Lyon', qualification: 1 }, [4.83, 45.76]),
    actor({ id: 'e', name: 'École des communs', departement: '13', communeName: 'Marseille', qualification: 0.5 }, [5.37, 43.3]),
    actor({ id: 'l2', name: 'Lieu 2', departement: '69', communeName: 'Écully', qualification: 0.75 }, [4.77, 45.77]),
    actor({ id: 'a', name: 'atelier du Lien', departement: '', communeName: '', qualification: 0.5 }, null),
    actor({ id: 'eau', name: 'Eau vive', departement: '13', communeName: 'Aix-en-Provence', qualification: 1 }, [5.45, 43.53]),
    actor({ id: 'E2', name: 'ecole des communs', departement: '75', communeName: 'Paris', qualification: 0.25 }, [2.35, 48.86]),
    actor({ id: 'oe', name: 'Œuvre commune', departement: '86', communeName: 'Poitiers', qualification: 0.25 }, [0.34, 46.58]),
  ],
  [],
);
const ALL = new Uint8Array(DATA.features.length).fill(1);

describe('the list orders', () => {
  it('sorts names as French readers do: accents and case aside, numbers by value, ties in dataset order', () => {
    expect(names(DATA, listRows(DATA, ALL, 'name', null))).toEqual([
      'atelier du Lien',
      'Eau vive',
      'École des communs',
      // The same name but for accents and case: after the one listed first in the data.
      'ecole des communs',
      'Lieu 2',
      'Lieu 10',
      'Œuvre commune',
      'Zèbre solidaire',
    ]);
  });

  it('sorts by place (département, then commune), the rows without one last, then by name', () => {
    expect(names(DATA, listRows(DATA, ALL, 'place', null))).toEqual([
      'Eau vive', // 13 Aix-en-Provence
      'École des communs', // 13 Marseille
      'Lieu 2', // 69 Écully
      'Lieu 10', // 69 Lyon
      'ecole des communs', // 75 Paris
      'Zèbre solidaire', // 75 Paris
      'Œuvre commune', // 86
      'atelier du Lien', // none
    ]);
  });

  it('sorts by qualification, most complete first, ties by name', () => {
    expect(names(DATA, listRows(DATA, ALL, 'qualification', null))).toEqual([
      'Eau vive',
      'Lieu 10',
      'Lieu 2',
      'atelier du Lien',
      'École des communs',
      'Zèbre solidaire',
      'ecole des communs',
      'Œuvre commune',
    ]);
  });

  it('keeps the search relevance order first when a search is active, the other matches after', () => {
    const rows = listRows(DATA, ALL, 'name', null, [3, 1, 0]);
    expect(names(DATA, rows).slice(0, 3)).toEqual(['Lieu 2', 'Lieu 10', 'Zèbre solidaire']);
    expect(rows).toHaveLength(8);
  });

  it('keeps only the filtered rows, and within the bounds when asked', () => {
    const matches = Uint8Array.from([1, 1, 1, 1, 1, 0, 1, 1]);
    expect(names(DATA, listRows(DATA, matches, 'name', null))).not.toContain('Eau vive');
    // Around Lyon: Lyon and Écully; the actor without a place is never in the bounds.
    expect(names(DATA, listRows(DATA, matches, 'name', [4.5, 45.5, 5, 46]))).toEqual(['Lieu 2', 'Lieu 10']);
    // With a search too: its order first, each row once, the bounds and filters kept.
    expect(names(DATA, listRows(DATA, matches, 'name', [4.5, 45.5, 5, 46], [1, 5, 1, 0, 3]))).toEqual(['Lieu 10', 'Lieu 2']);
  });

  it('keeps the dataset order while the orders are being computed', () => {
    expect(listRows(DATA, ALL, 'name', null, undefined, undefined, null)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives exactly the collator’s order, even where the plain keys disagree (punctuation)', () => {
    const tricky = [
      'Saint-Denis',
      'Saint Denis',
      'Sainte-Anne',
      'Saint-Denis (2)',
      'Saint-Denis-de-Pile',
      "Grand'Combe",
      'Grand-Couronne',
      'Lieu 007',
      'Lieu 7',
      'Lieu 70',
      'lieu 8',
      'Ça va',
      'Cabane',
      'Æsthète',
      'Aeronef',
      '2 rives',
      '10 rives',
      '« Citation »',
      'Émile',
      'emile',
      'Élan',
    ];
    const input = { names: tricky, places: tricky.map(() => ''), qualification: new Float64Array(tricky.length) };
    const { name } = computeListOrders(input);
    const expected = tricky.map((_, i) => i).sort((a, b) => collator.compare(tricky[a] ?? '', tricky[b] ?? '') || a - b);
    expect([...name]).toEqual(expected);
  });

  it('works in steps of a few thousand rows (a worker hears inputs between two), to the collator’s order', () => {
    const n = 12_000;
    const texts = Array.from({ length: n }, (_, i) => `${['Lieu', 'Ça va', 'Émile', 'atelier'][i % 4]} ${(i * 7919) % n}`);
    const input = { names: texts, places: texts.map((t) => t.slice(0, 4)), qualification: new Float64Array(n) };
    const { value, pauses } = runStepsCounting(computeListOrdersSteps(input));
    expect(pauses).toBeGreaterThan(n / 4096);
    const expected = texts.map((_, i) => i).sort((a, b) => collator.compare(texts[a] ?? '', texts[b] ?? '') || a - b);
    expect([...value.name]).toEqual(expected);
  });

  it('sorts by a value, highest first, ties by name, as a comparison sort would', () => {
    const n = 500;
    const nameOrder = Int32Array.from({ length: n }, (_, i) => (i * 7) % n);
    const nameRank = new Int32Array(n);
    nameOrder.forEach((row, r) => (nameRank[row] = r));
    const values = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? ((i * 37) % 11) / 4 : i % 2 === 0 ? 0 : NaN));
    const v = (row: number) => (Number.isNaN(values[row]) ? 0 : (values[row] ?? 0));
    const expected = [...nameOrder].sort((a, b) => v(b) - v(a) || (nameRank[a] ?? 0) - (nameRank[b] ?? 0));
    expect([...byValueThenName(nameOrder, nameRank, values)]).toEqual(expected);
  });

  it('folds keys: no accents or case, numbers by their length first', () => {
    expect(collationKey('École N°2')).toBe(collationKey('ecole n°2'));
    expect(collationKey('Lieu 2') < collationKey('Lieu 10')).toBe(true);
    expect(collationKey('Lieu 02')).toBe(collationKey('Lieu 2'));
    expect(collationKey('Œuvre')).toBe('oeuvre');
  });

  it('reads its input from the dataset', () => {
    const input = listOrderInput(DATA);
    expect(input.names[1]).toBe('Lieu 10');
    expect(input.places[4]).toBe('zz ');
    expect(input.qualification[3]).toBe(0.75);
  });
});
