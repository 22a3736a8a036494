import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteerIndex, type Gazetteer, type GazetteerIndex } from '../../core/gazetteer';
import { MAX_PLACE_OFFERS, placesForSearch } from './search-places';

let index: GazetteerIndex;

beforeAll(() => {
  const gazetteer = JSON.parse(readFileSync(new URL('../../../public/data/gazetteer.json', import.meta.url), 'utf8')) as Gazetteer;
  index = buildGazetteerIndex(gazetteer);
});

describe('placesForSearch', () => {
  it('finds Guéret for « Gueret », without its accent', () => {
    expect(placesForSearch(index, 'Gueret').map((c) => [c.name, c.departement])).toEqual([['Guéret', '23']]);
    expect(placesForSearch(index, 'GUÉRET')[0]?.code).toBe('23096');
  });

  it('finds the communes of a postcode', () => {
    expect(placesForSearch(index, '23000').map((c) => c.name)).toContain('Guéret');
  });

  it('offers the most populated homonyms first, a few only', () => {
    const found = placesForSearch(index, 'saint denis');
    expect(found.length).toBe(MAX_PLACE_OFFERS);
    expect(found.map((c) => c.departement).slice(0, 2)).toEqual(['974', '93']);
  });

  it('offers nothing for a text that names no place', () => {
    expect(placesForSearch(index, 'tiers-lieu numérique')).toEqual([]);
  });
});
