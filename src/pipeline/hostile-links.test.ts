/**
 * Link sheets through the real pipeline: passive wordings (« porté par »), names that several
 * fiches share, and the cells every sheet checks (beyond the header, oui/non, too long).
 */
import { describe, expect, it } from 'vitest';
import { buildHostile, reportOf, useHostileBuilds, type Built } from '../../tests/helpers/hostile-build';

useHostileBuilds();

const linksOf = (b: Built) => b.links.map((l) => [l.source, l.target, l.type]);
const PASSIVE = 'type de lien au sens passif (il se lit de la cible vers la source)';

describe('passive link types', () => {
  it('swaps the ends of a link written in the passive, and says how it was recorded', async () => {
    const b = await buildHostile(['good-actors.csv'], ['links-passive.csv']);
    expect(b.problems.map((p) => [p.severity, p.line, p.column, p.value, p.message, p.action])).toEqual([
      ['warning', 2, 'type', 'porté par', PASSIVE, 'source et cible inversées : enregistré comme « maison-poitiers porte projet-lyon »'],
      ['warning', 3, 'type', 'a pour membre', PASSIVE, 'source et cible inversées : enregistré comme « rameau membre de maison-poitiers »'],
      ['warning', 4, 'type', 'Financé par', PASSIVE, 'source et cible inversées : enregistré comme « rameau finance projet-lyon »'],
      ['warning', 5, 'type', 'founded by', PASSIVE, 'source et cible inversées : enregistré comme « rameau a fondé projet-lyon »'],
      // « rameau finance projet-lyon », written the active way, is the link of line 4.
      ['warning', 6, '', 'rameau → projet-lyon', 'lien en double', 'gardé une seule fois'],
      ['error', 9, 'target', 'projet-lyon', 'lien d’un acteur vers lui-même', 'lien écarté'],
      ['warning', 10, 'type', 'est porté par', PASSIVE, 'source et cible inversées : enregistré comme « maison-poitiers porte rameau »'],
    ]);
    expect(linksOf(b)).toEqual([
      ['maison-poitiers', 'projet-lyon', 'porte'],
      ['rameau', 'maison-poitiers', 'membre'],
      ['rameau', 'projet-lyon', 'financeur'],
      ['rameau', 'projet-lyon', 'fondateur'],
      // « membre de » and « est partenaire de » read from source to target: kept as written.
      ['maison-poitiers', 'rameau', 'membre'],
      ['rameau', 'maison-poitiers', 'partenaire'],
      ['maison-poitiers', 'rameau', 'porte'],
    ]);
  });
});

describe('names shared by several fiches', () => {
  it('leaves out a link written with a shared name, naming every candidate, and resolves ids and unique names', async () => {
    const b = await buildHostile(['good-actors.csv', 'homonyms.csv'], ['links-homonyms.csv']);
    expect(b.problems).toEqual([
      {
        severity: 'error',
        file: 'links-homonyms.csv',
        line: 2,
        column: 'source',
        value: 'Maison des Poitevins',
        message: 'nom partagé par plusieurs fiches (identifiants : maison-poitiers, maison-bis)',
        action: 'lien écarté : écrivez l’identifiant de la fiche voulue',
      },
      {
        severity: 'error',
        file: 'links-homonyms.csv',
        line: 5,
        column: 'target',
        value: 'projet lyon',
        message: 'nom partagé par plusieurs fiches (identifiants : projet-lyon, lyon-bis)',
        action: 'lien écarté : écrivez l’identifiant de la fiche voulue',
      },
    ]);
    // An id, or a name written exactly as one fiche writes it, is not ambiguous.
    expect(linksOf(b)).toEqual([
      ['maison-bis', 'rameau', 'membre'],
      ['rameau', 'projet-lyon', 'porte'],
      ['rameau', 'lyon-bis', 'partenaire'],
    ]);
  });
});

describe('the cells of a link sheet', () => {
  it('reports cells beyond the header, an unreadable oui/non and texts too long, and keeps the links', async () => {
    const b = await buildHostile(['good-actors.csv'], ['links-cells.csv']);
    expect(reportOf(b)).toEqual([
      ['warning', 2, '', 'en trop | encore', '2 cellule(s) au-delà des colonnes de l’en-tête'],
      ['warning', 3, 'sample', 'peut-être', 'valeur oui/non illisible'],
      ['warning', 4, 'sources', `${'S'.repeat(200)}…`, 'texte trop long (10000 caractères)'],
      ['warning', 5, 'note', `${'n'.repeat(200)}…`, 'texte trop long (1007 caractères)'],
      ['error', 6, 'source', `${'Z'.repeat(200)}…`, 'lien vers un acteur inconnu (ni identifiant ni nom exact)'],
    ]);
    expect(b.problems.map((p) => p.action)).toEqual([
      'ignorée(s)',
      'lu comme « réel »',
      'coupé à 4000',
      'coupé à 1000',
      'lien écarté : corrigez le nom ou ajoutez l’acteur',
    ]);
    expect(b.links.map((l) => [l.source, l.target, l.sample, l.sources.map((s) => s.length), l.note.length])).toEqual([
      ['rameau', 'maison-poitiers', true, [], 0],
      ['rameau', 'projet-lyon', false, [], 0],
      ['maison-poitiers', 'projet-lyon', false, [4000], 0],
      // 999 letters, then an emoji family that would not fit whole: cut before it, not inside it.
      ['maison-poitiers', 'rameau', false, [], 999],
    ]);
  });
});
