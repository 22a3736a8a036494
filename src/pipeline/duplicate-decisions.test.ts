import { describe, expect, it } from 'vitest';
import {
  decisionEdit,
  parseDuplicateCell,
  resolveDuplicateDecisions,
  writeDuplicateDecision,
  type DecisionRow,
} from './duplicate-decisions';
import { formatProblems } from '../core/problems';

describe('parseDuplicateCell', () => {
  it('reads « même que » and « différent de » in French and English, accents and case aside', () => {
    expect(parseDuplicateCell('même que amis-moulin')).toEqual({ same: ['amis-moulin'], different: [], other: [], problems: [] });
    expect(parseDuplicateCell('Meme que « amis-moulin »')).toMatchObject({ same: ['amis-moulin'], problems: [] });
    expect(parseDuplicateCell('same as amis-moulin')).toMatchObject({ same: ['amis-moulin'], problems: [] });
    expect(parseDuplicateCell('différent de a1, b2 et c3')).toMatchObject({ different: ['a1', 'b2', 'c3'], problems: [] });
    expect(parseDuplicateCell('Différente d’alpha')).toMatchObject({ different: ['alpha'], problems: [] });
    expect(parseDuplicateCell('different from a1; same as b2')).toMatchObject({ same: ['b2'], different: ['a1'], problems: [] });
    expect(parseDuplicateCell('')).toEqual({ same: [], different: [], other: [], problems: [] });
  });

  it('reports what it does not understand and keeps it', () => {
    const cell = parseDuplicateCell('peut-être x1 ; même que ; différent de bad/id');
    expect(cell.other).toEqual(['peut-être x1']);
    expect(cell.problems.map((p) => p.message)).toEqual([
      'décision de doublon non comprise (attendu : « même que <id> » ou « différent de <id> »)',
      'décision de doublon sans identifiant',
      'identifiant invalide dans la colonne doublon : « bad/id »',
      'décision de doublon sans identifiant',
    ]);
  });

  it('ignores an id said both same and different', () => {
    const cell = parseDuplicateCell('même que a1 ; différent de a1, b2');
    expect(cell).toMatchObject({ same: [], different: ['b2'] });
    expect(cell.problems).toHaveLength(1);
  });
});

const row = (id: string, line: number, cell: string, file = 'acteurs.csv'): DecisionRow => ({ file, line, column: 'doublon', id, cell });

describe('resolveDuplicateDecisions', () => {
  it('leaves the rows decided « même que » out with a report line, and excludes every decided pair', () => {
    const decisions = resolveDuplicateDecisions(
      [row('a', 2, ''), row('b', 3, 'même que a'), row('c', 4, 'différent de a, b')],
      new Set(['a', 'b', 'c']),
    );
    expect(decisions.sameAs).toEqual([{ id: 'b', file: 'acteurs.csv', line: 3, keep: 'a' }]);
    expect(decisions.keep).toEqual(new Map([['b', 'a']]));
    expect(decisions.decidedPairs).toEqual([
      ['a', 'c'],
      ['b', 'c'],
      ['a', 'b'],
    ]);
    expect(formatProblems(decisions.problems)).toBe(
      'attention acteurs.csv:3 [doublon] « même que a » : même organisation que « a » → ligne écartée : même organisation que a (décision de la colonne doublon)',
    );
  });

  it('follows chains to the row that stays and keeps the first row of a loop', () => {
    const chain = resolveDuplicateDecisions(
      [row('a', 2, 'same as b'), row('b', 3, 'same as c'), row('c', 4, '')],
      new Set(['a', 'b', 'c']),
    );
    expect(chain.sameAs.map((s) => [s.id, s.keep])).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
    const loop = resolveDuplicateDecisions([row('a', 2, 'même que b'), row('b', 3, 'même que a')], new Set(['a', 'b']));
    expect(loop.sameAs.map((s) => [s.id, s.keep])).toEqual([['a', 'b']]);
    expect(loop.problems.map((p) => p.action)).toContain('ligne gardée (la première lue de la boucle)');
  });

  it('never drops a row for an unknown id, itself, or a pair also said different', () => {
    const decisions = resolveDuplicateDecisions(
      [row('a', 2, 'même que zz'), row('b', 3, 'même que b'), row('c', 4, 'même que d'), row('d', 5, 'différent de c')],
      new Set(['a', 'b', 'c', 'd']),
    );
    expect(decisions.sameAs).toEqual([]);
    expect(decisions.problems.map((p) => `${p.line} ${p.action}`)).toEqual([
      '2 décision ignorée : vérifiez l’identifiant',
      '3 décision ignorée',
      '4 ligne gardée : décidez dans la colonne doublon',
    ]);
    expect(decisions.decidedPairs).toEqual([['c', 'd']]);
  });
});

describe('writeDuplicateDecision', () => {
  it('writes the decision in the cell, keeping its other decisions, its other text and its language', () => {
    expect(writeDuplicateDecision('', 'same', 'a1')).toBe('même que a1');
    expect(writeDuplicateDecision('', 'different', 'a1')).toBe('différent de a1');
    expect(writeDuplicateDecision('différent de b2', 'different', 'a1')).toBe('différent de b2, a1');
    expect(writeDuplicateDecision('même que a1', 'different', 'a1')).toBe('différent de a1');
    expect(writeDuplicateDecision('different from b2', 'same', 'a1')).toBe('same as a1 ; different from b2');
    expect(writeDuplicateDecision('à revoir', 'different', 'a1')).toBe('différent de a1 ; à revoir');
  });

  it('reads back what it writes', () => {
    const cell = writeDuplicateDecision(writeDuplicateDecision('', 'different', 'b2'), 'same', 'a1');
    expect(parseDuplicateCell(cell)).toEqual({ same: ['a1'], different: ['b2'], other: [], problems: [] });
  });

  it('says which row a pair’s decision goes in', () => {
    const same = decisionEdit({ a: 'a1', b: 'b2' }, 'same');
    expect([same.id, same.write('')]).toEqual(['b2', 'même que a1']);
    const keepB = decisionEdit({ a: 'a1', b: 'b2' }, 'same', 'b2');
    expect([keepB.id, keepB.write('')]).toEqual(['a1', 'même que b2']);
    const different = decisionEdit({ a: 'a1', b: 'b2' }, 'different');
    expect([different.id, different.write('')]).toEqual(['b2', 'différent de a1']);
  });
});
