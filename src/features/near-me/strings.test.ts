import { describe, expect, it } from 'vitest';
import { formatKm, ofPlace } from './strings';

describe('formatKm', () => {
  it('writes one decimal with a French comma and a no-break space', () => {
    expect(formatKm(12.345, 'fr')).toBe('12,3\u00a0km');
    expect(formatKm(0, 'fr')).toBe('0,0\u00a0km');
    expect(formatKm(1234.56, 'fr')).toBe('1\u202f234,6\u00a0km');
  });

  it('writes a decimal point in English', () => {
    expect(formatKm(12.345, 'en')).toBe('12.3\u00a0km');
  });
});

describe('ofPlace', () => {
  it('elides and contracts as French does', () => {
    expect(ofPlace('Poitiers', 'fr')).toBe('de Poitiers');
    expect(ofPlace('Angers', 'fr')).toBe('d’Angers');
    expect(ofPlace('Évry-Courcouronnes', 'fr')).toBe('d’Évry-Courcouronnes');
    expect(ofPlace('Le Mans', 'fr')).toBe('du Mans');
    expect(ofPlace('Les Mureaux', 'fr')).toBe('des Mureaux');
    expect(ofPlace('La Rochelle', 'fr')).toBe('de La Rochelle');
    expect(ofPlace("L'Haÿ-les-Roses", 'fr')).toBe("de L'Haÿ-les-Roses");
  });

  it('says "of" in English', () => {
    expect(ofPlace('Le Mans', 'en')).toBe('of Le Mans');
  });
});
