import { describe, expect, it } from 'vitest';
import { drawnLinksText } from './drawn-links-text';

describe('drawnLinksText', () => {
  it('says one link in the singular, and nothing of faint or hidden links when there are none', () => {
    expect(drawnLinksText({ drawn: 1, dimmed: 0, samePlace: 0, unplaced: 0 }, 'fr')).toBe('1 lien tracé sur la carte.');
  });

  it('puts every count in its own number', () => {
    expect(drawnLinksText({ drawn: 3, dimmed: 1, samePlace: 1, unplaced: 1 }, 'fr')).toBe(
      '3 liens tracés sur la carte, dont 1 vers une fiche hors des filtres (en gris) ; 2 liens non visibles : fiches au même endroit ou sans implantation.',
    );
    expect(drawnLinksText({ drawn: 0, dimmed: 0, samePlace: 1, unplaced: 0 }, 'en')).toBe(
      '0 links drawn on the map; 1 link not visible: records at the same place or without a seat.',
    );
  });
});
