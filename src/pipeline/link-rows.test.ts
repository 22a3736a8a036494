import { describe, expect, it } from 'vitest';
import { readActorSheet } from './actor-rows';
import { parseCsv } from '../core/csv';
import { PASSIVE_TYPE_ALIASES, readLinkSheet } from './link-rows';
import { ProblemLog } from '../core/problems';
import { LINK_TYPES } from '../core/vocabulary';
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

  it('reads every inverse wording of the vocabulary as passive: ends swapped, with a warning', () => {
    for (const t of LINK_TYPES.list.filter((x) => !x.symmetric)) {
      for (const wording of [t.inverseFr, t.inverseEn]) {
        const { links, problems } = read(`source,target,type\nobs,rameau,${wording}\n`);
        expect(
          links.map((l) => [l.source, l.target, l.type]),
          wording,
        ).toEqual([['rameau', 'obs', t.code]]);
        expect(
          problems.map((p) => [p.severity, p.column, p.value, p.action]),
          wording,
        ).toEqual([['warning', 'type', wording, `source et cible inversées : enregistré comme « rameau ${t.fr} obs »`]]);
      }
    }
  });

  it('never reads a passive wording as an active one', () => {
    for (const [wording, code] of Object.entries(PASSIVE_TYPE_ALIASES)) {
      expect(read(`source,target,type\nobs,rameau,${wording}\n`).links, wording).toEqual([
        { source: 'rameau', target: 'obs', type: code, note: '', sources: [], sample: false },
      ]);
    }
  });

  it('reads a symmetric or active wording as written, without a word', () => {
    const { links, problems } = read('source,target,type\nobs,rameau,partenaire de\nobs,rameau,membre de\nobs,rameau,est membre de\n');
    expect(links.map((l) => [l.source, l.target, l.type])).toEqual([
      ['obs', 'rameau', 'partenaire'],
      ['obs', 'rameau', 'membre'],
    ]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([[4, 'lien en double']]);
  });

  it('refuses a name that several fiches share, naming their ids, even when only case and accents differ', () => {
    const twins = readActorSheet(
      parseCsv('id,name\nm1,Maison\nm2,Maison\nc1,Café\nc2,cafe\n'),
      FIXTURE_PLACES,
      new ProblemLog('a.csv'),
      new Set(),
    ).actors;
    const log = new ProblemLog('liens.csv');
    const links = readLinkSheet(parseCsv('source,target,type\nMaison,m2,membre\nm1,CAFÉ,membre\nm1,cafe,membre\n'), twins, log);
    expect(log.problems.map((p) => [p.severity, p.line, p.column, p.value, p.message])).toEqual([
      ['error', 2, 'source', 'Maison', 'nom partagé par plusieurs fiches (identifiants : m1, m2)'],
      ['error', 3, 'target', 'CAFÉ', 'nom partagé par plusieurs fiches (identifiants : c1, c2)'],
    ]);
    // « cafe » is the exact name of one of them.
    expect(links.map((l) => [l.source, l.target])).toEqual([['m1', 'c2']]);
  });

  it('reports cells beyond the header and an unreadable oui/non, reading it as the sheet’s default', () => {
    const log = new ProblemLog('liens.csv');
    const links = readLinkSheet(parseCsv('source,target,type,sample\nrameau,obs,partenaire,bof,de trop\n'), actors, log, {
      sampleByDefault: true,
    });
    expect(links[0]?.sample).toBe(true);
    expect(log.problems.map((p) => [p.line, p.column, p.value, p.message, p.action])).toEqual([
      [2, '', 'de trop', '1 cellule(s) au-delà des colonnes de l’en-tête', 'ignorée(s)'],
      [2, 'sample', 'bof', 'valeur oui/non illisible', 'lu comme « exemple »'],
    ]);
  });
});
