import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './search';
import { ACTORS } from '../../tests/fixtures/actors';

const index = buildSearchIndex(ACTORS);
const find = (q: string) => index.search(q).map((i) => ACTORS[i]?.properties.id);

describe('buildSearchIndex', () => {
  it('finds a name typed without accents or capitals', () => {
    expect(find('reseau national')).toEqual(['c']);
    expect(find('venissieux')).toEqual(['e']);
  });

  it('finds as one types (prefix)', () => {
    expect(find('gravel')).toEqual(['b']);
  });

  it('tolerates a small typo', () => {
    expect(find('Poitieres')).toContain('a');
    expect(find('entreprendr')).toContain('b');
  });

  it('searches communes and themes too', () => {
    expect(find('lyon')).toEqual(['d']);
    expect(find('sante')).toEqual(['d']);
  });

  it('requires every word (AND)', () => {
    expect(find('maison poitiers')).toEqual(['a']);
    expect(find('maison lyon')).toEqual([]);
  });

  it('returns nothing for empty or punctuation-only queries', () => {
    expect(find('')).toEqual([]);
    expect(find(' -- ')).toEqual([]);
  });

  it('treats HTML as plain words', () => {
    expect(() => find('<script>alert(1)</script>')).not.toThrow();
  });
});
