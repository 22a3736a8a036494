import { describe, expect, it } from 'vitest';
import { updateText, verificationText } from './verification-text';

describe('verificationText', () => {
  it('says the day the facts were checked, in French and in English', () => {
    expect(verificationText('2026-03-03', 'fr')).toBe('Informations vérifiées le 3 mars 2026');
    expect(verificationText('2026-03-03', 'en')).toBe('Information checked on 3 March 2026');
    expect(verificationText('2025-12-31', 'fr')).toBe('Informations vérifiées le 31 décembre 2025');
    expect(verificationText('2026-05-01', 'fr')).toBe('Informations vérifiées le 1er mai 2026');
    expect(verificationText('2026-05-01', 'en')).toBe('Information checked on 1 May 2026');
  });

  it('says the month alone when the sheet gives no day', () => {
    expect(verificationText('2026-03', 'fr')).toBe('Informations vérifiées en mars 2026');
    expect(verificationText('2026-03', 'en')).toBe('Information checked in March 2026');
  });

  it('says the date is unknown when there is none or it is not a date', () => {
    expect(verificationText('', 'fr')).toBe('Date de vérification inconnue');
    expect(verificationText('', 'en')).toBe('Verification date unknown');
    expect(verificationText('03/03/2026', 'fr')).toBe('Date de vérification inconnue');
  });
});

describe('updateText', () => {
  it('says when the fiche last changed, or nothing when the sheet does not say', () => {
    expect(updateText('2026-12-06', 'fr')).toBe('Mise à jour le 6 décembre 2026');
    expect(updateText('2026-12-06', 'en')).toBe('Updated on 6 December 2026');
    expect(updateText('2026-05-01', 'fr')).toBe('Mise à jour le 1er mai 2026');
    expect(updateText('2026-03', 'fr')).toBe('Mise à jour en mars 2026');
    expect(updateText(undefined, 'fr')).toBe('');
    expect(updateText('hier', 'fr')).toBe('');
  });
});
