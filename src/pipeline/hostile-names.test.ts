/**
 * Names that show nothing, and long names cut in the middle of an emoji: through the real
 * pipeline (tests/fixtures/hostile/invisible-names.csv, long-emoji-names.csv).
 */
import { describe, expect, it } from 'vitest';
import { buildHostile, namesOf, reportOf, useHostileBuilds } from '../../tests/helpers/hostile-build';

useHostileBuilds();

const LONE_SURROGATE = /\p{Cs}/u;
const INVISIBLE = 'nom fait seulement de caractères invisibles ou blancs';

describe('names made of invisible or blank characters', () => {
  it('leaves out every row whose name shows nothing, naming its code points, and cleans the others', async () => {
    const b = await buildHostile(['invisible-names.csv']);
    expect(reportOf(b)).toEqual([
      ['error', 2, 'name', '', 'nom vide'],
      ['error', 3, 'name', '', 'nom vide'],
      ['error', 4, 'name', '', 'nom vide'],
      ['error', 5, 'name', '', 'nom vide'],
      ['error', 6, 'name', 'U+2800 U+2800 U+2800', INVISIBLE],
      ['error', 7, 'name', 'U+115F U+1160', INVISIBLE],
      ['error', 8, 'name', '', 'nom vide'],
      ['error', 9, 'name', 'U+180E', INVISIBLE],
      ['error', 10, 'name', '', 'nom vide'],
      ['error', 11, 'name', 'U+FE0F U+FE0E', INVISIBLE],
      ['error', 12, 'name', 'U+0301 U+0301', INVISIBLE],
      ['error', 13, 'name', '', 'nom vide'],
      ['error', 14, 'name', 'U+2800 U+0020 U+0020 U+0020 U+115F', INVISIBLE],
      ['error', 15, 'name', 'U+1D159', INVISIBLE],
    ]);
    expect(b.problems.every((p) => p.action === 'ligne écartée : donnez un nom à cet acteur')).toBe(true);
    expect(namesOf(b)).toEqual([
      // The joiners of an emoji family, a Persian word and a variation selector are kept inside the text.
      'Famille \u{1F468}\u200D\u{1F469}\u200D\u{1F467} solidaire',
      'Café associatif',
      '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645',
      // The tags of the Scottish flag are kept; tags hidden after the last word are not.
      'Club \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} écossais',
      'Cœur \u2764\uFE0F',
      'Liant au bord',
      'Ligne\nséparée',
    ]);
    expect(b.actors.find((a) => a.properties.name === 'Ligne\nséparée')?.properties.description).toBe('séparateur de ligne\nUnicode');
  });
});

describe('long names cut on a grapheme boundary', () => {
  it('never splits an emoji, a flag, a skin tone or a letter from its accent, and says what was cut', async () => {
    const b = await buildHostile(['long-emoji-names.csv']);
    expect(b.problems.map((p) => [p.severity, p.line, p.column, p.message, p.action])).toEqual([
      ['warning', 2, 'name', 'texte trop long (212 caractères)', 'coupé à 200'],
      ['warning', 3, 'name', 'texte trop long (207 caractères)', 'coupé à 200'],
      ['warning', 4, 'name', 'texte trop long (206 caractères)', 'coupé à 200'],
      ['warning', 5, 'name', 'texte trop long (208 caractères)', 'coupé à 200'],
      ['warning', 6, 'name', 'texte trop long (205 caractères)', 'coupé à 200'],
      ['warning', 7, 'description', 'texte trop long (4003 caractères)', 'coupé à 4000'],
    ]);
    // The value quoted in the report is cut the same way, with an ellipsis.
    expect(b.problems[0]?.value).toBe(`${'A'.repeat(199)}…`);
    expect(b.problems[1]?.value).toBe(`${'B'.repeat(198)}…`);
    expect(namesOf(b)).toEqual([
      'A'.repeat(199),
      'B'.repeat(198),
      'C'.repeat(199),
      'D'.repeat(199),
      // A flag that ends exactly at the limit is kept whole.
      `${'E'.repeat(196)}\u{1F1EB}\u{1F1F7}`,
      'Court',
    ]);
    expect(b.actors.at(-1)?.properties.description).toBe('é'.repeat(3999));
    // What actors.columns.json holds, read back: no half of a surrogate pair anywhere.
    expect(b.actors.some((a) => LONE_SURROGATE.test(a.properties.name) || LONE_SURROGATE.test(a.properties.description))).toBe(false);
  });
});
