import { describe, expect, it } from 'vitest';
import type { Basemap } from './queries';
import { territoryText } from '../shared/ui/territory-text';
import { territoryNames } from './use-territory-names';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [2, 48],
      [3, 48],
      [3, 49],
      [2, 48],
    ],
  ],
};
const basemap: Basemap = {
  regions: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: square, properties: { code: '11', nom: 'Île-de-France' } }],
  },
  departements: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: square, properties: { code: '94', nom: 'Val-de-Marne', region: '11' } },
      { type: 'Feature', geometry: square, properties: { code: '11', nom: 'Aude', region: '76' } },
    ],
  },
  labels: { type: 'FeatureCollection', features: [] },
};

describe('territory names', () => {
  const names = territoryNames(basemap);

  it('names régions and départements by their own codes (11 is a région and a département)', () => {
    expect(names.name('region', '11')).toBe('Île-de-France');
    expect(names.name('departement', '11')).toBe('11 – Aude');
    expect(names.name('departement', '94')).toBe('94 – Val-de-Marne');
    expect(names.regionOfDepartement.get('94')).toBe('11');
  });

  it('gives null for an unknown code, and the code itself as a label', () => {
    expect(names.name('region', '99')).toBeNull();
    expect(names.name('departement', '2A')).toBeNull();
    expect(names.label('departement', '2A')).toBe('2A');
    expect(territoryNames(undefined).label('region', '11')).toBe('11');
  });

  it('writes a place by its name, by its code only when it is unknown', () => {
    expect(territoryText('departement', '94', names, 'fr')).toBe('94 – Val-de-Marne');
    expect(territoryText('region', '11', names, 'en')).toBe('Île-de-France');
    expect(territoryText('departement', '2A', names, 'fr')).toBe('Département 2A');
    expect(territoryText('region', '99', names, 'en')).toBe('Region 99');
  });
});
