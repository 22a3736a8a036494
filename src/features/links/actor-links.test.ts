import { describe, expect, it } from 'vitest';
import { groupActorLinks, linkCount, linkGroupLabel } from './actor-links';
import { indexDataset } from '../../core/dataset-index';
import type { Link } from '../../core/model';
import { actor } from '../../../tests/fixtures/actors';

const link = (source: string, target: string, type: Link['type'], extra: Partial<Link> = {}): Link => ({
  source,
  target,
  type,
  note: '',
  sources: [],
  sample: false,
  ...extra,
});

const data = indexDataset(
  [
    actor({ id: 'asso', name: 'Association porteuse' }),
    actor({ id: 'proj', name: 'Projet porté', kind: 'project' }),
    actor({ id: 'zeta', name: 'Zêta partenaire' }),
    actor({ id: 'alpha', name: 'Alpha partenaire', sample: true }),
    actor({ id: 'reseau', name: 'Réseau national' }, null),
  ],
  [
    link('asso', 'proj', 'porte', { note: 'porte le projet' }),
    link('zeta', 'asso', 'partenaire'),
    link('asso', 'alpha', 'partenaire'),
    link('alpha', 'asso', 'partenaire', { note: 'réciproque' }),
    link('asso', 'reseau', 'membre'),
    link('reseau', 'asso', 'financeur', { sample: true }),
    link('asso', 'inconnu', 'porte'),
  ],
);

describe('groupActorLinks', () => {
  it('groups by type in vocabulary order, with the direction seen from the actor', () => {
    const groups = groupActorLinks(data, 'asso');
    expect(groups.map((g) => `${g.type}/${g.direction}`)).toEqual(['porte/out', 'partenaire/both', 'membre/out', 'financeur/in']);
    expect(groups[0]?.items).toEqual([{ id: 'proj', name: 'Projet porté', notes: ['porte le projet'], sample: false }]);
  });

  it('merges both directions of a symmetric link and sorts names in French', () => {
    const partners = groupActorLinks(data, 'asso').find((g) => g.type === 'partenaire');
    expect(partners?.items.map((i) => i.id)).toEqual(['alpha', 'zeta']);
    expect(partners?.items[0]).toMatchObject({ notes: ['réciproque'], sample: true });
  });

  it('reads incoming links with the inverse label', () => {
    const groups = groupActorLinks(data, 'proj');
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ type: 'porte', direction: 'in' });
    expect(linkGroupLabel(groups[0]!, 'fr')).toBe('est porté par');
    expect(linkGroupLabel(groups[0]!, 'en')).toBe('is carried by');
    expect(linkGroupLabel({ type: 'porte', direction: 'out' }, 'fr')).toBe('porte');
    expect(linkGroupLabel({ type: 'partenaire', direction: 'both' }, 'fr')).toBe('partenaire de');
  });

  it('flags sample links and counts the linked actors', () => {
    const groups = groupActorLinks(data, 'asso');
    expect(groups.find((g) => g.type === 'financeur')?.items[0]?.sample).toBe(true);
    expect(linkCount(groups)).toBe(5);
  });

  it('gives nothing for an actor without links or an unknown id', () => {
    expect(groupActorLinks(data, 'nobody')).toEqual([]);
    expect(linkCount([])).toBe(0);
  });
});
