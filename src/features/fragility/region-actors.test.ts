import { describe, expect, it } from 'vitest';
import { regionActors } from './region-actors';

describe('regionActors', () => {
  const actors = Object.freeze([
    { id: 'a', name: 'Exemple – Zèbre', region: '84', sample: true },
    { id: 'b', name: 'Écoles du monde', region: '84', sample: false },
    { id: 'c', name: 'Arbre', region: '53', sample: false },
    { id: 'd', name: 'Agence', region: '84', sample: false },
  ]);

  it('keeps the région’s records, real ones first, each group by name', () => {
    expect(regionActors(actors, '84').map((a) => a.id)).toEqual(['d', 'b', 'a']);
  });

  it('gives none for a région without records', () => {
    expect(regionActors(actors, '04')).toEqual([]);
  });
});
