import { describe, expect, it } from 'vitest';
import type { ClusterItem, StackItem } from '../../core/cluster-index';
import { clusterLabel, shownCount } from './markers';

const cluster = (count: number, practices: ClusterItem['practices']): ClusterItem => ({
  type: 'cluster',
  id: 1,
  lon: 0.34,
  lat: 46.58,
  count,
  practices,
  projects: 0,
});
const stack = (rows: number[], practices: StackItem['practices']): StackItem => ({
  type: 'stack',
  rows,
  lon: 0.34,
  lat: 46.58,
  practices,
  projects: 0,
});

describe('the spoken name of a cluster or a stack', () => {
  it('gives the count and the practices it holds', () => {
    expect(clusterLabel(cluster(5, [2, 0, 1, 3]), 'fr')).toBe(
      "Groupe de 5 fiches (2 dialogue territorial, 1 accompagnements, 3 gestion d'un lieu) : zoomer pour les séparer",
    );
  });

  it('starts with the short count written on a marker of 1,000 fiches or more, in French and English', () => {
    expect(clusterLabel(cluster(1934, [838, 852, 903, 695]), 'fr')).toBe(
      "1,9\u00a0k – Groupe de 1\u202f934 fiches (838 dialogue territorial, 852 expérimentations collectives, 903 accompagnements, 695 gestion d'un lieu) : zoomer pour les séparer",
    );
    expect(clusterLabel(cluster(12_400, [1, 0, 0, 0]), 'en')).toBe(
      '12.4k – Group of 12,400 records (1 territorial dialogue): zoom in to split it',
    );
    expect(shownCount(999, 'fr')).toBe('999');
    expect(shownCount(1000, 'fr')).toBe('1\u00a0k');
    expect(shownCount(25_000, 'en')).toBe('25k');
  });

  it('says that no practice is given instead of empty parentheses, in French and English', () => {
    expect(clusterLabel(cluster(3, [0, 0, 0, 0]), 'fr')).toBe('Groupe de 3 fiches sans pratique renseignée : zoomer pour les séparer');
    expect(clusterLabel(cluster(3, [0, 0, 0, 0]), 'en')).toBe('Group of 3 records with no practice given: zoom in to split it');
    expect(clusterLabel(stack([4, 7], [0, 0, 0, 0]), 'fr')).toBe('2 fiches au même endroit, sans pratique renseignée : afficher la liste');
    expect(clusterLabel(stack([4, 7], [0, 0, 0, 0]), 'en')).toBe('2 records at the same place, with no practice given: show the list');
  });
});
