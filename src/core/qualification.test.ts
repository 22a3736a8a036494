import { describe, expect, it } from 'vitest';
import type { ActorRecordProperties } from './model';
import { QUALIFICATION_FIELDS, qualify } from './qualification';

const complete: Omit<ActorRecordProperties, 'qualification' | 'missing'> = {
  id: 'a',
  name: 'A',
  kind: 'actor',
  practices: ['dialogue'],
  profile: 'association',
  scope: 'local',
  themes: ['emploi'],
  description: 'd',
  website: 'https://a.fr/',
  region: '75',
  departement: '86',
  commune: '86194',
  communeName: 'Poitiers',
  precision: 'commune',
  locationBasis: '',
  sources: ['s'],
  sample: false,
  verifiedAt: '',
};

describe('qualify', () => {
  it('gives 1 and nothing missing for a complete actor', () => {
    expect(qualify(Object.freeze({ ...complete }))).toEqual({ qualification: 1, missing: [] });
  });

  it('counts a point from coordinates as a place only in a known commune', () => {
    expect(qualify({ ...complete, precision: 'coordinates' }).missing).toEqual([]);
    expect(qualify({ ...complete, precision: 'coordinates', commune: '', communeName: '' }).missing).toEqual(['place']);
    expect(qualify({ ...complete, precision: 'departement', commune: '', communeName: '' }).missing).toEqual(['place']);
  });

  it('scores an actor known by name only as 2 fields of 11 and lists the rest in order', () => {
    const bare = {
      ...complete,
      practices: [],
      profile: null,
      scope: null,
      themes: [],
      description: '',
      website: '',
      departement: '',
      commune: '',
      precision: 'none' as const,
      sources: ['doc'],
    };
    const q = qualify(bare);
    expect(QUALIFICATION_FIELDS).toHaveLength(11);
    // name, kind and sources are filled: 3 / 11 = 0.27
    expect(q.qualification).toBe(0.27);
    expect(q.missing).toEqual(['practices', 'profile', 'scope', 'territory', 'place', 'description', 'website', 'themes']);
  });

  it('counts a département-level place as missing the commune, not the territory', () => {
    const q = qualify({ ...complete, commune: '', precision: 'departement' });
    expect(q.missing).toEqual(['place']);
    expect(q.qualification).toBe(0.91);
  });
});
