import { describe, expect, it } from 'vitest';
import { KNOWN_THEMES, themeLabel } from './vocabulary';

describe('themeLabel', () => {
  it('gives the vocabulary’s English name of a known theme', () => {
    expect(themeLabel('éducation', 'en')).toEqual({ text: 'education', french: false });
    expect(themeLabel('transition écologique', 'en')).toEqual({ text: 'ecological transition', french: false });
    expect(themeLabel('RSE', 'en')).toEqual({ text: 'CSR', french: false });
    for (const theme of KNOWN_THEMES) expect(themeLabel(theme, 'en').french, theme).toBe(false);
  });

  it('keeps a free-text theme as written, marked French', () => {
    expect(themeLabel('jardins partagés', 'en')).toEqual({ text: 'jardins partagés', french: true });
  });

  it('shows every theme as written in French', () => {
    expect(themeLabel('éducation', 'fr')).toEqual({ text: 'éducation', french: true });
  });
});
