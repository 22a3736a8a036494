import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ARRONDISSEMENTS, COLLECTIVITIES, COLLECTIVITY_COMMUNES, withSpecialPlaces } from './special-places';
import { FIXTURE_PLACES } from '../../tests/fixtures/places';

interface CogCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  commune?: string;
  codesPostaux?: string[];
}
interface CogTerritory {
  code: string;
  nom: string;
  chefLieu: string;
}
const require = createRequire(import.meta.url);
const cog = require('@etalab/decoupage-administratif/data/communes.json') as CogCommune[];
const cogDepartements = require('@etalab/decoupage-administratif/data/departements.json') as CogTerritory[];

describe('the checked-in table of special places', () => {
  it('holds the 45 arrondissements of the COG, with their names, postcodes and city', () => {
    const official = cog
      .filter((c) => c.type === 'arrondissement-municipal')
      .map((c) => [c.code, c.nom, (c.codesPostaux ?? []).join(' '), c.commune ?? '']);
    expect(ARRONDISSEMENTS.map((a) => [...a])).toEqual(official);
    expect(ARRONDISSEMENTS).toHaveLength(45);
  });

  it('names the communes of Saint-Pierre-et-Miquelon, Saint-Barthélemy and Saint-Martin as the COG does', () => {
    for (const [code, name, postcodes] of COLLECTIVITY_COMMUNES) {
      const c = cog.find((x) => x.code === code && x.type === 'commune-actuelle');
      expect([c?.nom, c?.codesPostaux?.join(' ')]).toEqual([name, postcodes]);
    }
    for (const collectivity of COLLECTIVITIES) {
      const official = cogDepartements.find((d) => d.code === collectivity.code);
      expect(official?.nom.replace('Wallis et Futuna', 'Wallis-et-Futuna')).toBe(collectivity.name);
      if (collectivity.chefLieu) expect(official?.chefLieu).toBe(collectivity.chefLieu);
    }
  });
});

describe('withSpecialPlaces', () => {
  const places = withSpecialPlaces(FIXTURE_PLACES);

  it('finds a Lyon arrondissement by code, postcode and name, at its city’s point', () => {
    const eighth = { code: '69388', name: 'Lyon 8e Arrondissement', departement: '69', region: '84', lon: 4.8357, lat: 45.764 };
    expect(places.communeByCode('69388')).toEqual(eighth);
    expect(places.communesByPostcode('69008')).toEqual([eighth]);
    expect(places.communesByName('LYON 8E')).toEqual([eighth]);
    expect(places.communesByName('Lyon 8ème arrondissement', '69')).toEqual([eighth]);
    expect(places.communesByName('Lyon')).toEqual([FIXTURE_PLACES.communeByCode('69123')]);
  });

  it('knows the collectivities: their chef-lieu, and the points on their islands', () => {
    expect(places.departementExists('978')).toBe(true);
    expect(places.regionOfDepartement('978')).toBe('');
    expect(places.departementChefLieu('977')).toMatchObject({ code: '97701', name: 'Saint-Barthélemy', lat: 17.9, lon: -62.85 });
    expect(places.departementAt(-63.1008, 18.058)).toBe('978');
    expect(places.departementAt(-56.1764, 46.7811)).toBe('975');
    expect(places.departementAt(-61.5, 16.2)).toBeUndefined();
    expect(places.departementExists('988')).toBe(true);
    expect(places.departementChefLieu('988')).toBeUndefined();
  });
});
