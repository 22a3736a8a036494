/**
 * The interface's dictionary: the atlas's strings in both languages, and the data workshop's
 * added only where the workshop is loaded (its page), so that the atlas's code never carries them.
 */
import { describe, expect, it } from 'vitest';
import { t, tn } from './strings';

describe('the interface strings', () => {
  it('fills the placeholders, numbers in the page language', () => {
    expect(t('notice.sample.body', 'fr', { sample: 1200, total: 3000 })).toBe(
      '1\u202f200 des 3\u202f000 fiches sont des données d’exemple générées pour la démonstration, signalées comme telles : elles ne décrivent pas des organisations réelles.',
    );
    expect(tn('summary.records', 2, 'en')).toBe('records');
  });

  it('has the workshop’s strings only once the workshop adds them, and the key itself before', async () => {
    expect(t('workshop.title', 'fr')).toBe('workshop.title');
    await import('../../features/workshop/workshop-i18n');
    expect(t('workshop.title', 'fr')).toBe('Atelier des données');
    expect(t('workshop.title', 'en')).toBe('Data workshop');
    expect(t('report.none', 'fr')).toBe('Aucun problème : toutes les lignes ont été lues telles quelles.');
  });
});
