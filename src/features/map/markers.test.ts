import { describe, expect, it } from 'vitest';
import type { ClusterItem, StackItem } from './cluster-index';
import { clusterLabel } from './markers';

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

  it('says that no practice is given instead of empty parentheses, in French and English', () => {
    expect(clusterLabel(cluster(3, [0, 0, 0, 0]), 'fr')).toBe('Groupe de 3 fiches sans pratique renseignée : zoomer pour les séparer');
    expect(clusterLabel(cluster(3, [0, 0, 0, 0]), 'en')).toBe('Group of 3 records with no practice given: zoom in to split it');
    expect(clusterLabel(stack([4, 7], [0, 0, 0, 0]), 'fr')).toBe('2 fiches au même endroit, sans pratique renseignée : afficher la liste');
    expect(clusterLabel(stack([4, 7], [0, 0, 0, 0]), 'en')).toBe('2 records at the same place, with no practice given: show the list');
  });
});
