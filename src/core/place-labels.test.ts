import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from './gazetteer';
import { placeLabels, placeRank, PlaceLabelsSchema } from './place-labels';

const gazetteer = JSON.parse(readFileSync(new URL('../../public/data/gazetteer.json', import.meta.url), 'utf8')) as Gazetteer;

describe('placeRank', () => {
  it('puts the préfectures first, then the towns by population', () => {
    expect(placeRank(5_000, 'region')).toBe(1);
    expect(placeRank(13_000, 'departement')).toBe(2);
    expect(placeRank(60_000, null)).toBe(3);
    expect(placeRank(20_000, null)).toBe(4);
    expect(placeRank(12_000, null)).toBe(5);
    expect(placeRank(5_000, null)).toBe(6);
    expect(placeRank(3_300, null)).toBe(7);
    expect(placeRank(2_999, null)).toBe(0);
  });
});

describe('placeLabels', () => {
  const places = placeLabels(gazetteer);
  const rankOf = (name: string) => places.rank[places.name.indexOf(name)];

  it('names every préfecture: Paris and Lyon first, Guéret as a préfecture', () => {
    expect(PlaceLabelsSchema.safeParse(places).success).toBe(true);
    expect(places.rank.filter((r) => r === 1).length).toBe(gazetteer.regions.length);
    expect(places.rank.filter((r) => r <= 2).length).toBe(gazetteer.departements.length);
    expect(places.name[0]).toBe('Paris');
    expect(rankOf('Lyon')).toBe(1);
    expect(rankOf('Guéret')).toBe(2);
    expect(rankOf('Saint-Denis')).toBe(1);
  });

  it('names the towns of 3,000 inhabitants and more, and no smaller one', () => {
    expect(rankOf('Bédarieux')).toBe(6);
    expect(rankOf('La Souterraine')).toBe(7);
    expect(rankOf('Aubusson')).toBe(7);
    expect(rankOf('Bourganeuf')).toBeUndefined();
    expect(places.name.length).toBeGreaterThan(3_500);
    expect(places.name.length).toBeLessThan(4_000);
  });
});
