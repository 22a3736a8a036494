import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../core/csv';
import { newWorkshopSheet, type WorkshopSheet } from '../workshop-sheet';
import { decisionsInSheets, decisionTarget } from './decision-target';

function sheet(name: string, csv: string, role: WorkshopSheet['role'] = 'actors'): WorkshopSheet {
  return newWorkshopSheet(name, new Uint8Array(), { role, status: 'ready', table: parseCsv(csv) });
}

const withColumn = sheet('acteurs.csv', 'id;nom;Doublon\na1;Les Amis;\nb2;Amis du moulin;différent de c3\nc3;Autre;même que a1\n');
const without = sheet('autres.csv', 'id,nom\nd4,Quatre\n');

describe('decisionTarget', () => {
  it('finds the row of an id and its doublon cell', () => {
    expect(decisionTarget([without, withColumn], 'b2')).toEqual({
      status: 'found',
      sheet: 'acteurs.csv',
      line: 3,
      column: 'Doublon',
      cell: 'différent de c3',
    });
  });

  it('says when the sheet has no doublon column or no row has the id', () => {
    expect(decisionTarget([without, withColumn], 'd4')).toEqual({ status: 'no-column', sheet: 'autres.csv', line: 2 });
    expect(decisionTarget([without, withColumn], 'zz')).toEqual({ status: 'not-found' });
  });
});

describe('decisionsInSheets', () => {
  it('reads back the decisions the cells hold, whichever row holds them', () => {
    expect(decisionsInSheets([withColumn, without])).toEqual(
      new Map([
        ['b2\nc3', 'different'],
        ['a1\nc3', 'same'],
      ]),
    );
  });
});
