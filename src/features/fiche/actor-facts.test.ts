import { describe, expect, it } from 'vitest';
import { missingFields, placeSummary, precisionNote, qualificationPercent, safeHttpUrl } from './actor-facts';
import { actor } from '../../../tests/fixtures/actors';

const props = (p: Parameters<typeof actor>[0]) => actor(p).properties;

describe('placeSummary and precisionNote', () => {
  it('names the commune when the point is the actor’s own', () => {
    const a = props({ id: 'a', precision: 'commune', commune: '86194', communeName: 'Poitiers', departement: '86' });
    expect(placeSummary(a)).toEqual({ level: 'commune', text: 'Poitiers', approximate: false });
    expect(precisionNote(a)).toBeNull();
  });

  it('names the commune of a point given by the sheet’s coordinates, as exact', () => {
    const a = props({ id: 'c', precision: 'coordinates', commune: '75115', communeName: 'Paris 15e Arrondissement', departement: '75' });
    expect(placeSummary(a)).toEqual({ level: 'coordinates', text: 'Paris 15e Arrondissement', approximate: false });
    expect(precisionNote(a)).toBeNull();
    expect(placeSummary(props({ id: 'd', precision: 'coordinates', departement: '86' }))).toEqual({
      level: 'coordinates',
      text: '',
      approximate: false,
    });
  });

  it('falls back to the commune code without a name', () => {
    expect(placeSummary(props({ id: 'a', precision: 'commune', commune: '86194' })).text).toBe('86194');
  });

  it('marks département and région chef-lieux as approximate', () => {
    const dep = props({ id: 'd', precision: 'departement', departement: '86', region: '75' });
    expect(placeSummary(dep)).toEqual({ level: 'departement', text: '86', approximate: true });
    expect(precisionNote(dep)).toBe('departement');
    const reg = props({ id: 'r', precision: 'region', region: '75' });
    expect(placeSummary(reg)).toEqual({ level: 'region', text: '75', approximate: true });
    expect(precisionNote(reg)).toBe('region');
  });

  it('tells a national network without a seat from an unknown place', () => {
    const national = props({ id: 'n', precision: 'none', scope: 'national' });
    expect(placeSummary(national)).toEqual({ level: 'none', text: '', approximate: false });
    expect(precisionNote(national)).toBe('nationalNoSeat');
    expect(precisionNote(props({ id: 'x', precision: 'none', scope: 'local' }))).toBe('noSeat');
  });
});

describe('qualificationPercent', () => {
  it.each([
    [0.73, 73],
    [1, 100],
    [0, 0],
    [0.005, 1],
    [1.2, 100],
    [-1, 0],
    [Number.NaN, 0],
  ])('%d → %d', (share, pct) => {
    expect(qualificationPercent(share)).toBe(pct);
  });
});

describe('missingFields', () => {
  it('keeps known fields in display order', () => {
    expect(missingFields(['website', 'bogus', 'place', 'name'])).toEqual(['name', 'place', 'website']);
    expect(missingFields([])).toEqual([]);
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['  http://exemple.fr ', 'http://exemple.fr/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,x', null],
    ['//example.org', null],
    ['www.example.org', null],
    ['https://', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});
