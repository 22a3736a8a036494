import { describe, expect, it } from 'vitest';
import {
  buildGazetteerIndex,
  buildGazetteerIndexInSlices,
  normalizeDepartementCode,
  normalizeInseeCode,
  normalizeName,
  normalizePostcode,
  type Commune,
  type Resolution,
} from './gazetteer';
import { FIXTURE_GAZETTEER, toColumns } from '../../tests/fixtures/gazetteer.fixture';

const index = buildGazetteerIndex(FIXTURE_GAZETTEER);

describe('buildGazetteerIndexInSlices', () => {
  it('builds the same index as at once (the slicing: core/steps)', async () => {
    const sliced = await buildGazetteerIndexInSlices(FIXTURE_GAZETTEER);
    for (const query of ['sai', 'paris', '75', '69123', 'lyon', 'st etienne'])
      expect(sliced.suggest(query, 10).map((c) => c.code)).toEqual(index.suggest(query, 10).map((c) => c.code));
    expect(sliced.resolve({ name: 'Lyon' })).toEqual(index.resolve({ name: 'Lyon' }));
    expect(sliced.communes).toEqual(index.communes);
  });
});

const codes = (communes: readonly Commune[]): string[] => communes.map((c) => c.code);
const labels = (communes: readonly Commune[]): string[] => communes.map((c) => `${c.name} (${c.departement})`);

function resolved(resolution: Resolution): [string, string] | undefined {
  return 'commune' in resolution ? [resolution.commune.name, resolution.how] : undefined;
}

function ambiguous(resolution: Resolution): string[] | undefined {
  return 'ambiguous' in resolution ? labels(resolution.ambiguous) : undefined;
}

describe('normalizeName', () => {
  it('lower-cases and removes accents', () => {
    expect(normalizeName('SAINT ÉTIENNE')).toBe('saint etienne');
  });

  it('turns hyphens, apostrophes and dots into spaces', () => {
    expect(normalizeName("Saint-Jean-d'Angély")).toBe('saint jean d angely');
    expect(normalizeName('Villeneuve-d’Ascq')).toBe('villeneuve d ascq');
    expect(normalizeName('St.Malo')).toBe('saint malo');
  });

  it('expands "St" and "Ste" into "saint" and "sainte"', () => {
    expect(normalizeName('st etienne')).toBe(normalizeName('Saint-Étienne'));
    expect(normalizeName('Ste-Foy-lès-Lyon')).toBe('sainte foy les lyon');
  });

  it('leaves words that merely start with "st" alone', () => {
    expect(normalizeName('Stains')).toBe('stains');
  });

  it('drops a leading article', () => {
    expect(normalizeName('Les Mureaux')).toBe('mureaux');
    expect(normalizeName('Le Mans')).toBe('mans');
    expect(normalizeName('La Rochelle')).toBe('rochelle');
    expect(normalizeName("L'Haÿ-les-Roses")).toBe('hay les roses');
  });

  it('keeps articles inside the name', () => {
    expect(normalizeName('Saint-Martin-le-Vinoux')).toBe('saint martin le vinoux');
  });

  it('keeps a lone article', () => {
    expect(normalizeName('Les')).toBe('les');
  });

  it('spells out ligatures', () => {
    expect(normalizeName('Œuilly')).toBe('oeuilly');
  });

  it('collapses whitespace', () => {
    expect(normalizeName('  saint \t  etienne ')).toBe('saint etienne');
  });

  it('gives an empty string for punctuation only', () => {
    expect(normalizeName(" - ' ")).toBe('');
  });
});

describe('normalizeInseeCode', () => {
  it('restores the leading zero a spreadsheet dropped', () => {
    expect(normalizeInseeCode('1053')).toBe('01053');
  });

  it('upper-cases Corsican codes', () => {
    expect(normalizeInseeCode(' 2a004 ')).toBe('2A004');
  });
});

describe('normalizePostcode', () => {
  it('removes spaces and restores the leading zero', () => {
    expect(normalizePostcode('75 001')).toBe('75001');
    expect(normalizePostcode('1300')).toBe('01300');
  });
});

describe('normalizeDepartementCode', () => {
  it('pads one digit and upper-cases Corsica', () => {
    expect(normalizeDepartementCode('1')).toBe('01');
    expect(normalizeDepartementCode('2b')).toBe('2B');
    expect(normalizeDepartementCode('974')).toBe('974');
  });
});

describe('buildGazetteerIndex', () => {
  it('reads every row of the columns', () => {
    expect(index.communes).toHaveLength(17);
  });

  it('derives the région of a commune from its département', () => {
    expect(index.byCode('2A004')?.region).toBe('94');
    expect(index.byCode('97411')?.region).toBe('04');
  });

  it("gives a delegated commune its current commune's postcodes", () => {
    const arbignieu = index.communes.find((c) => c.name === 'Arbignieu');
    expect(arbignieu?.postcodes).toEqual(['01300']);
    expect(arbignieu?.parent).toBe('01015');
  });

  it('rejects columns of unequal length', () => {
    const communes = toColumns([['75056', 'Paris', '75', '75001', 48.85661, 2.3428, 2103778, '']]);
    communes.lat.push(0);
    expect(() => buildGazetteerIndex({ ...FIXTURE_GAZETTEER, communes })).toThrow(/lat/);
  });
});

describe('byCode', () => {
  it('finds a commune with its postcodes and point', () => {
    const paris = index.byCode('75056');
    expect(paris?.name).toBe('Paris');
    expect(paris?.postcodes).toHaveLength(21);
    expect(paris?.postcodes[0]).toBe('75001');
    expect([paris?.lat, paris?.lon]).toEqual([48.85661, 2.3428]);
  });

  it('answers the current commune when a delegated one shares its code', () => {
    expect(index.byCode('01015')?.name).toBe('Arboys en Bugey');
  });

  it('does not answer a delegated commune', () => {
    expect(index.byCode('01340')).toBeUndefined();
  });

  it('accepts a code that lost its leading zero', () => {
    expect(index.byCode('1053')?.name).toBe('Bourg-en-Bresse');
  });

  it('accepts a lower-case Corsican code', () => {
    expect(index.byCode('2a004')?.name).toBe('Ajaccio');
  });

  it('answers undefined for an unknown code', () => {
    expect(index.byCode('99999')).toBeUndefined();
  });
});

describe('byPostcode', () => {
  it('lists every commune sharing a postcode, most populated first', () => {
    expect(labels(index.byPostcode('78130'))).toEqual(['Les Mureaux (78)', 'Chapet (78)']);
  });

  it('finds a commune by any of its postcodes', () => {
    expect(codes(index.byPostcode('75116'))).toEqual(['75056']);
  });

  it('leaves delegated communes out', () => {
    expect(labels(index.byPostcode('01300'))).toEqual(['Arboys en Bugey (01)']);
  });

  it('accepts a postcode that lost its leading zero', () => {
    expect(codes(index.byPostcode('1000'))).toEqual(['01053']);
  });

  it('answers nothing for an unknown postcode', () => {
    expect(index.byPostcode('99999')).toEqual([]);
  });
});

describe('byName', () => {
  it('matches with or without accents, hyphens and capitals', () => {
    expect(codes(index.byName('Saint-Étienne'))).toEqual(['42218']);
    expect(codes(index.byName('SAINT ETIENNE'))).toEqual(['42218']);
  });

  it('matches "St" for "Saint"', () => {
    expect(codes(index.byName('st etienne'))).toEqual(['42218']);
  });

  it('matches with or without the leading article', () => {
    expect(codes(index.byName('Les Mureaux'))).toEqual(['78440']);
    expect(codes(index.byName('mureaux'))).toEqual(['78440']);
  });

  it('answers every homonym, most populated first, without a département', () => {
    expect(labels(index.byName('Saint-Denis'))).toEqual(['Saint-Denis (974)', 'Saint-Denis (93)']);
  });

  it('keeps the homonym of the département given', () => {
    expect(codes(index.byName('Saint-Denis', '93'))).toEqual(['93066']);
  });

  it('finds a delegated commune, which names its current commune', () => {
    const [arbignieu, ...others] = index.byName('arbignieu');
    expect(others).toEqual([]);
    expect(arbignieu?.parent).toBe('01015');
  });

  it('does not match a prefix', () => {
    expect(index.byName('Saint')).toEqual([]);
  });

  it('answers nothing for an unknown name', () => {
    expect(index.byName('Trifouilly-les-Oies')).toEqual([]);
  });
});

describe('suggest', () => {
  it('matches the start of normalised names', () => {
    expect(labels(index.suggest('st-etien', 10))).toEqual(['Saint-Étienne (42)', 'Saint-Étienne-du-Rouvray (76)']);
  });

  it('matches with or without accents, capitals and hyphens', () => {
    const expected = ['Saint-Étienne (42)', 'Saint-Étienne-du-Rouvray (76)'];
    expect(labels(index.suggest('Saint-Étien', 10))).toEqual(expected);
    expect(labels(index.suggest('SAINT ETIEN', 10))).toEqual(expected);
    expect(labels(index.suggest('saint etienne du', 10))).toEqual(['Saint-Étienne-du-Rouvray (76)']);
  });

  it('matches an accent typed where the name has none', () => {
    expect(labels(index.suggest('Montpéllier', 10))).toEqual(['Montpellier (34)']);
  });

  it('matches with or without the leading article', () => {
    expect(labels(index.suggest('les mur', 10))).toEqual(['Les Mureaux (78)']);
    expect(labels(index.suggest('mur', 10))).toEqual(['Les Mureaux (78)']);
  });

  it('lists every homonym, with its département', () => {
    expect(labels(index.suggest('Saint-Denis', 10))).toEqual(['Saint-Denis (974)', 'Saint-Denis (93)']);
  });

  it('answers nothing for an unknown postcode', () => {
    expect(index.suggest('99', 10)).toEqual([]);
  });

  it('puts exact matches first, then ranks by population', () => {
    expect(labels(index.suggest('Mont', 10))).toEqual(['Mont (64)', 'Mont (71)', 'Montpellier (34)', 'Montbellet (71)']);
  });

  it('ranks prefix matches by population', () => {
    expect(codes(index.suggest('saint', 10))).toEqual(['42218', '97411', '93066', '76575', '01340']);
  });

  it('keeps to the limit', () => {
    expect(codes(index.suggest('saint', 2))).toEqual(['42218', '97411']);
  });

  it('matches the start of postcodes', () => {
    expect(labels(index.suggest('7813', 10))).toEqual(['Les Mureaux (78)', 'Chapet (78)']);
  });

  it('lists a commune once even when several of its postcodes match', () => {
    expect(codes(index.suggest('750', 10))).toEqual(['75056']);
  });

  it('matches the start of INSEE codes', () => {
    expect(codes(index.suggest('2A0', 10))).toEqual(['2A004']);
  });

  it('matches a whole postcode', () => {
    expect(codes(index.suggest('01000', 10))).toEqual(['01053']);
  });

  it('ranks postcode and code matches by population', () => {
    expect(codes(index.suggest('0', 10))).toEqual(['01053', '01015']);
  });

  it('carries what tells homonyms apart', () => {
    const [reunion, seineSaintDenis] = index.suggest('saint denis', 10);
    expect([reunion?.departement, reunion?.postcodes[0], reunion?.lat]).toEqual(['974', '97400', -20.93306]);
    expect([seineSaintDenis?.departement, seineSaintDenis?.postcodes[0], seineSaintDenis?.lat]).toEqual(['93', '93200', 48.9296]);
  });

  it('answers nothing for an empty query', () => {
    expect(index.suggest(' - ', 10)).toEqual([]);
  });

  it('answers nothing for a limit of zero', () => {
    expect(index.suggest('saint', 0)).toEqual([]);
  });

  it('answers nothing for an unknown prefix', () => {
    expect(index.suggest('xyz', 10)).toEqual([]);
  });
});

describe('resolve', () => {
  it('resolves an INSEE code', () => {
    expect(resolved(index.resolve({ code: '75056' }))).toEqual(['Paris', 'code']);
  });

  it('trusts the code over the name', () => {
    expect(resolved(index.resolve({ code: '78646', name: 'Paris' }))).toEqual(['Versailles', 'code']);
  });

  it('falls back on the name when the code is unknown', () => {
    expect(resolved(index.resolve({ code: '99999', name: 'Versailles' }))).toEqual(['Versailles', 'name']);
  });

  it('resolves a postcode served by one commune', () => {
    expect(resolved(index.resolve({ postcode: '75116' }))).toEqual(['Paris', 'postcode']);
  });

  it('calls a shared postcode ambiguous', () => {
    expect(ambiguous(index.resolve({ postcode: '78130' }))).toEqual(['Les Mureaux (78)', 'Chapet (78)']);
  });

  it('narrows a shared postcode with the name', () => {
    expect(resolved(index.resolve({ postcode: '78130', name: 'chapet' }))).toEqual(['Chapet', 'postcode']);
  });

  it('narrows a postcode to a delegated commune of the commune it serves', () => {
    expect(resolved(index.resolve({ postcode: '01300', name: 'Saint-Bois' }))).toEqual(['Saint-Bois', 'postcode']);
  });

  it('calls a shared postcode ambiguous when the name is unknown', () => {
    expect(ambiguous(index.resolve({ postcode: '78130', name: 'Trifouilly' }))).toEqual(['Les Mureaux (78)', 'Chapet (78)']);
  });

  it('trusts a known name over a postcode that does not serve it', () => {
    expect(resolved(index.resolve({ postcode: '75001', name: 'Versailles' }))).toEqual(['Versailles', 'name']);
  });

  it('resolves a unique name', () => {
    expect(resolved(index.resolve({ name: 'Les Mureaux' }))).toEqual(['Les Mureaux', 'name']);
  });

  it('calls a homonym ambiguous', () => {
    expect(ambiguous(index.resolve({ name: 'Saint-Denis' }))).toEqual(['Saint-Denis (974)', 'Saint-Denis (93)']);
  });

  it('resolves a homonym with its département', () => {
    expect(resolved(index.resolve({ name: 'St Denis', departement: '974' }))).toEqual(['Saint-Denis', 'name']);
  });

  it('ignores blank fields', () => {
    expect(resolved(index.resolve({ code: ' ', postcode: '', name: 'mureaux', departement: '' }))).toEqual(['Les Mureaux', 'name']);
  });

  it('reports what it cannot find', () => {
    expect(index.resolve({ name: 'Trifouilly-les-Oies', postcode: '99999' })).toEqual({ notFound: true });
  });

  it('reports an empty input as not found', () => {
    expect(index.resolve({})).toEqual({ notFound: true });
  });
});

describe('departement', () => {
  it('finds a département with its région and chef-lieu point', () => {
    expect(index.departement('2A')).toEqual({
      code: '2A',
      name: 'Corse-du-Sud',
      region: '94',
      chefLieu: '2A004',
      lat: 41.93486,
      lon: 8.70111,
      population: 168306,
    });
  });

  it('accepts a code that lost its leading zero', () => {
    expect(index.departement('1')?.name).toBe('Ain');
  });

  it('answers undefined for an unknown code', () => {
    expect(index.departement('20')).toBeUndefined();
  });
});

describe('region', () => {
  it('finds a région with its chef-lieu point', () => {
    expect(index.region('84')).toMatchObject({ name: 'Auvergne-Rhône-Alpes', chefLieu: '69123', lat: 45.75485 });
  });

  it('answers undefined for an unknown code', () => {
    expect(index.region('99')).toBeUndefined();
  });
});

describe('chefLieuOf', () => {
  it('answers the chef-lieu commune with its point', () => {
    const chefLieu = index.chefLieuOf('42');
    expect([chefLieu?.name, chefLieu?.lat, chefLieu?.lon]).toEqual(['Saint-Étienne', 45.42669, 4.41778]);
  });

  it('picks the right homonym', () => {
    expect(index.chefLieuOf('974')?.code).toBe('97411');
  });

  it('answers undefined when the chef-lieu is not in the gazetteer', () => {
    expect(index.chefLieuOf('93')).toBeUndefined();
  });

  it('answers undefined for an unknown département', () => {
    expect(index.chefLieuOf('99')).toBeUndefined();
  });
});
