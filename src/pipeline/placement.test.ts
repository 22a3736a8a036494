import { describe, expect, it } from 'vitest';
import { placeActor, type PlacementInput } from './placement';
import { FIXTURE_PLACES } from '../../tests/fixtures/places';

const input = (over: Partial<PlacementInput>): PlacementInput => ({
  commune: '',
  postcode: '',
  departement: '',
  region: '',
  lat: '',
  lon: '',
  ...over,
});

describe('placeActor', () => {
  it('places at the commune given by its INSEE code', () => {
    const p = placeActor(input({ commune: '86066' }), FIXTURE_PLACES);
    expect(p).toMatchObject({ precision: 'commune', commune: '86066', communeName: 'Chauvigny', departement: '86', region: '75' });
    expect(p.point).toEqual([0.6464, 46.5681]);
    expect(p.notes).toEqual([]);
  });

  it('places at the only commune of a postcode', () => {
    expect(placeActor(input({ postcode: '86000' }), FIXTURE_PLACES).commune).toBe('86194');
  });

  it('reads a postcode typed in the commune column', () => {
    expect(placeActor(input({ commune: '69001' }), FIXTURE_PLACES).commune).toBe('69123');
  });

  it('narrows a postcode shared by several communes with the name', () => {
    const p = placeActor(input({ postcode: '86300', commune: 'Saint-Genis' }), FIXTURE_PLACES);
    expect(p.commune).toBe('86230');
  });

  it('falls back to the chef-lieu when a shared postcode is given alone, naming the communes it may mean', () => {
    const p = placeActor(input({ commune: '86300', departement: '86' }), FIXTURE_PLACES);
    expect(p.precision).toBe('departement');
    expect(p.point).toEqual([0.3404, 46.5846]);
    expect(p.notes).toEqual([
      {
        column: 'commune',
        value: '86300',
        message: 'code postal partagé par 2 communes du département 86 : Chauvigny (86066), Saint-Genis (86230)',
        action: 'placé au chef-lieu du département ; précisez la commune (nom ou code INSEE)',
      },
    ]);
  });

  it('takes the département of a shared postcode alone in its column when all its communes are in it', () => {
    const p = placeActor(input({ postcode: '86300' }), FIXTURE_PLACES);
    expect(p).toMatchObject({ precision: 'departement', point: [0.3404, 46.5846], commune: '', departement: '86', region: '75' });
    expect(p.notes).toEqual([
      {
        column: 'postcode',
        value: '86300',
        message: 'code postal partagé par 2 communes : Chauvigny (86066), Saint-Genis (86230)',
        action: 'placé au chef-lieu du département 86, celui de ces communes ; précisez la commune (nom ou code INSEE)',
      },
    ]);
  });

  it('names a few of the communes of a shared postcode and counts the others, across départements', () => {
    const communes = ['86194', '86066', '86230', '69123', '69259', '69204'].map((code) => FIXTURE_PLACES.communeByCode(code)!);
    const places = { ...FIXTURE_PLACES, communesByPostcode: (pc: string) => (pc === '99999' ? communes : []) };
    const p = placeActor(input({ postcode: '99999' }), places);
    expect(p).toMatchObject({ precision: 'none', point: null, departement: '', region: '' });
    expect(p.notes).toEqual([
      {
        column: 'postcode',
        value: '99999',
        message:
          'code postal partagé par 6 communes : Poitiers (86194), Chauvigny (86066), Saint-Genis (86230), Lyon (69123) … et 2 autres',
        action: 'sans commune ni département (ces communes sont dans plusieurs départements) ; précisez la commune (nom ou code INSEE)',
      },
    ]);
  });

  it('places a shared postcode with coordinates at the coordinates, and says so', () => {
    const p = placeActor(input({ postcode: '86300', lat: '46.57', lon: '0.65' }), FIXTURE_PLACES);
    expect(p).toMatchObject({ precision: 'coordinates', point: [0.65, 46.57], commune: '', departement: '86', fromCoordinates: true });
    expect(p.notes.map((n) => n.action)).toEqual(['placé à ses coordonnées ; précisez la commune (nom ou code INSEE)']);
  });

  it('finds a commune by name within its département, accents and case ignored', () => {
    const p = placeActor(input({ commune: 'venissieux', departement: '69' }), FIXTURE_PLACES);
    expect(p).toMatchObject({ precision: 'commune', commune: '69259', communeName: 'Vénissieux' });
  });

  it('tells homonyms apart by département', () => {
    expect(placeActor(input({ commune: 'Saint-Genis', departement: '69' }), FIXTURE_PLACES).commune).toBe('69204');
  });

  it('does not guess between homonyms without a département', () => {
    const p = placeActor(input({ commune: 'Saint-Genis' }), FIXTURE_PLACES);
    expect(p.precision).toBe('none');
    expect(p.point).toBeNull();
    expect(p.notes[0]?.message).toContain('plusieurs communes');
  });

  it('falls back to the département chef-lieu for an unknown commune, with a note', () => {
    const p = placeActor(input({ commune: 'Atlantis', departement: '86' }), FIXTURE_PLACES);
    expect(p).toMatchObject({ precision: 'departement', commune: '', departement: '86', region: '75' });
    expect(p.notes).toHaveLength(1);
    expect(p.notes[0]).toMatchObject({ column: 'commune', value: 'Atlantis', action: 'placé au chef-lieu du département' });
  });

  it('places at the département chef-lieu when only the département is known', () => {
    const p = placeActor(input({ departement: '69' }), FIXTURE_PLACES);
    expect(p).toMatchObject({ precision: 'departement', point: [4.8357, 45.764], notes: [] });
  });

  it('places at the région chef-lieu when only the région is known', () => {
    expect(placeActor(input({ region: '84' }), FIXTURE_PLACES)).toMatchObject({ precision: 'region', region: '84' });
  });

  it('leaves an actor with no place unplaced, never at an invented point', () => {
    expect(placeActor(input({}), FIXTURE_PLACES)).toMatchObject({ precision: 'none', point: null, notes: [] });
  });

  it('reports an unknown département code and drops it', () => {
    const p = placeActor(input({ departement: '7' }), FIXTURE_PLACES);
    expect(p.departement).toBe('');
    expect(p.notes[0]).toMatchObject({ column: 'departement', message: 'code de département inconnu' });
  });

  it('reports an unknown INSEE code', () => {
    const p = placeActor(input({ commune: '99999', departement: '86' }), FIXTURE_PLACES);
    expect(p.precision).toBe('departement');
    expect(p.notes[0]?.message).toBe('code INSEE de commune inconnu');
  });

  it('keeps the commune’s département when the sheet contradicts it, and says so', () => {
    const p = placeActor(input({ commune: '69123', departement: '86' }), FIXTURE_PLACES);
    expect(p.departement).toBe('69');
    expect(p.notes[0]?.message).toContain('pas dans le département 86');
  });

  it('uses explicit coordinates (decimal comma accepted) when they lie in France', () => {
    const p = placeActor(input({ lat: '46,6', lon: '0,35', departement: '86' }), FIXTURE_PLACES);
    expect(p.point).toEqual([0.35, 46.6]);
    expect(p.precision).toBe('coordinates');
    expect(p.fromCoordinates).toBe(true);
  });

  it('takes the département and région of the point when the row gives none', () => {
    const p = placeActor(input({ lat: '45.8', lon: '4.9' }), FIXTURE_PLACES);
    expect(p).toMatchObject({ point: [4.9, 45.8], precision: 'coordinates', commune: '', departement: '69', region: '84', notes: [] });
  });

  it('prefers the point’s région to a contradicting one of the row, and says so', () => {
    const p = placeActor(input({ lat: '45.8', lon: '4.9', region: '75' }), FIXTURE_PLACES);
    expect(p).toMatchObject({ departement: '69', region: '84' });
    expect(p.notes).toEqual([
      {
        column: 'region',
        value: '75',
        message: 'la région ne correspond pas aux coordonnées (département 69)',
        action: 'région 84 retenue (celle du département)',
      },
    ]);
  });

  it('keeps coordinates that lie near the commune', () => {
    const p = placeActor(input({ commune: '86066', lat: '46.60', lon: '0.80' }), FIXTURE_PLACES);
    expect(p).toMatchObject({ point: [0.8, 46.6], precision: 'coordinates', commune: '86066', fromCoordinates: true, notes: [] });
  });

  it('places at the commune’s point when the coordinates lie far from it, and says how far', () => {
    const p = placeActor(input({ commune: '86194', lat: '45.764', lon: '4.8357' }), FIXTURE_PLACES);
    expect(p).toMatchObject({
      point: [0.3404, 46.5846],
      precision: 'commune',
      commune: '86194',
      departement: '86',
      fromCoordinates: false,
    });
    expect(p.notes).toEqual([
      {
        column: 'lat',
        value: '45.764 ; 4.8357',
        message:
          'coordonnées à 358 km de la commune Poitiers (86194), dans le département 69 (écart admis : 25 km autour du point de la commune)',
        action: 'ignorées ; placé au point de la commune',
      },
    ]);
  });

  it('ignores coordinates outside every département and places by the commune', () => {
    const p = placeActor(input({ commune: '69123', lat: '50.8503', lon: '4.3517' }), FIXTURE_PLACES);
    expect(p).toMatchObject({ point: [4.8357, 45.764], precision: 'commune', commune: '69123', fromCoordinates: false });
    expect(p.notes).toEqual([
      {
        column: 'lat',
        value: '50.8503 ; 4.3517',
        message: 'coordonnées hors du territoire français de la carte (en mer, à l’étranger ou dans une collectivité d’outre-mer)',
        action: 'ignorées ; placé au point de la commune',
      },
    ]);
  });

  it.each([
    ['out of range', '123', '0.3', 'lat', 'latitude hors de l’intervalle -90 à 90'],
    [
      'outside France',
      '40.7',
      '-74.0',
      'lat',
      'coordonnées hors du territoire français de la carte (en mer, à l’étranger ou dans une collectivité d’outre-mer)',
    ],
    ['not numbers', 'abc', '1', 'lat', 'latitude illisible (nombre décimal attendu, par exemple 46.58)'],
    ['in exponent form', '46.5', '3e-1', 'lon', 'longitude illisible (nombre décimal attendu, par exemple 0.34)'],
    ['only one of the two', '46.5', '', 'lon', 'coordonnée manquante (il faut la latitude et la longitude)'],
  ])('rejects coordinates %s and falls back', (_, lat, lon, column, message) => {
    const p = placeActor(input({ lat, lon, departement: '86' }), FIXTURE_PLACES);
    expect(p.precision).toBe('departement');
    expect(p.notes).toEqual([{ column, value: `${lat} ; ${lon}`, message, action: 'ignorées ; placé au chef-lieu du département' }]);
  });

  it('says when refused coordinates leave the actor without a place', () => {
    const p = placeActor(input({ lat: '45.5', lon: '-3.0' }), FIXTURE_PLACES);
    expect(p).toMatchObject({ point: null, precision: 'none' });
    expect(p.notes.map((n) => n.action)).toEqual(['ignorées ; non placé (ni commune, ni département, ni région)']);
  });
});
