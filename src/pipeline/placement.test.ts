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

  it('falls back to the chef-lieu when a shared postcode is given alone, and says so', () => {
    const p = placeActor(input({ commune: '86300', departement: '86' }), FIXTURE_PLACES);
    expect(p.precision).toBe('departement');
    expect(p.point).toEqual([0.3404, 46.5846]);
    expect(p.notes[0]?.message).toContain('partagé par 2 communes');
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
    expect(p.precision).toBe('commune');
  });

  it.each([
    ['out of range', '123', '0.3', 'lat', 'latitude hors de l’intervalle -90 à 90'],
    ['outside France', '40.7', '-74.0', 'lat', 'coordonnées hors de France (latitude et longitude inversées ?)'],
    ['not numbers', 'abc', '1', 'lat', 'latitude illisible (nombre décimal attendu, par exemple 46.58)'],
    ['in exponent form', '46.5', '3e-1', 'lon', 'longitude illisible (nombre décimal attendu, par exemple 0.34)'],
    ['only one of the two', '46.5', '', 'lon', 'coordonnée manquante (il faut la latitude et la longitude)'],
  ])('rejects coordinates %s and falls back', (_, lat, lon, column, message) => {
    const p = placeActor(input({ lat, lon, departement: '86' }), FIXTURE_PLACES);
    expect(p.precision).toBe('departement');
    expect(p.notes).toEqual([
      { column, value: `${lat} ; ${lon}`, message, action: 'ignorées ; placé d’après la commune ou le département' },
    ]);
  });
});
