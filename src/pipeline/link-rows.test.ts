import { describe, expect, it } from 'vitest';
import { readActorSheet } from './actor-rows';
import { parseCsv } from '../core/csv';
import { readLinkSheet } from './link-rows';
import { ProblemLog } from '../core/problems';
import { FIXTURE_PLACES } from '../../tests/fixtures/places';

const actors = readActorSheet(
  parseCsv('id,name\nrameau,Le RAMEAU\nreseau,Réseau des pionniers\nobs,Observatoire\n'),
  FIXTURE_PLACES,
  new ProblemLog('a.csv'),
  new Set(),
).actors;

function read(text: string) {
  const log = new ProblemLog('liens.csv');
  return { links: readLinkSheet(parseCsv(text), actors, log), problems: log.problems };
}

describe('readLinkSheet', () => {
  it('resolves ends by id or by exact name', () => {
    const { links, problems } = read('source,target,type\nrameau,Réseau des pionniers,fondateur\n');
    expect(problems).toEqual([]);
    expect(links).toEqual([{ source: 'rameau', target: 'reseau', type: 'fondateur', note: '', sources: [], sample: false }]);
  });

  it('resolves a name typed without accents when it is unambiguous', () => {
    expect(read('source,target,type\nle rameau,reseau des pionniers,partenaire\n').links).toHaveLength(1);
  });

  it('reads French type labels', () => {
    expect(read('source,target,type\nrameau,obs,Porte\n').links[0]?.type).toBe('porte');
  });

  it('reports a link to an unknown actor as an error naming the end, and leaves it out', () => {
    const { links, problems } = read('source,target,type\nrameau,Inconnu SA,partenaire\nrameau,obs,partenaire\n');
    expect(links).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', line: 2, column: 'target', value: 'Inconnu SA' })]);
  });

  it('reports an unknown link type', () => {
    const { links, problems } = read('source,target,type\nrameau,obs,cousin\n');
    expect(links).toEqual([]);
    expect(problems[0]).toMatchObject({ column: 'type', value: 'cousin' });
  });

  it('keeps a duplicate link once and says so', () => {
    const { links, problems } = read('source,target,type\nrameau,obs,partenaire\nrameau,obs,partenaire\n');
    expect(links).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', line: 3, message: 'lien en double' });
  });

  it('refuses a link from an actor to itself', () => {
    expect(read('source,target,type\nrameau,rameau,partenaire\n').problems[0]?.message).toContain('vers lui-même');
  });

  it('fails the sheet clearly when a required column is missing', () => {
    const { links, problems } = read('from,type\nrameau,partenaire\n');
    expect(links).toEqual([]);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 1, message: 'colonne(s) manquante(s) : target' });
  });
});
