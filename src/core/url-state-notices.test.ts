/**
 * However long a link, `parseParams` says what it ignored in a bounded number of notices: the
 * unknown parameters in one, the unknown values of a list in one per list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedNotice } from './url-params';
import { PARAMS, parseParams } from './url-state';

/** French thousands are separated by a narrow no-break space. */
const thousands = (text: string) => text.replace(/(\d) (\d{3})/g, '$1\u202F$2');
const unknownParams = (n: number) => Array.from({ length: n }, (_, i) => `p${i}=1`).join('&');

describe('notices for unknown parameters', () => {
  it('names one unknown parameter', () => {
    expect(parseParams(unknownParams(1)).notices).toEqual(['Paramètre inconnu ignoré : « p0 ».']);
  });

  it('names three in one notice', () => {
    expect(parseParams(unknownParams(3)).notices).toEqual(['3 paramètres inconnus ignorés : « p0 », « p1 » et « p2 ».']);
  });

  it('names the first three of 20 000 and counts the others, in one notice', () => {
    const { state, notices } = parseParams(`${unknownParams(20_000)}&practice=lieu`);
    expect(notices).toEqual([thousands('20 000 paramètres inconnus ignorés : « p0 », « p1 », « p2 » et 19 997 autres.')]);
    expect(state.filters.practices).toEqual(['lieu']);
  });

  it('counts a parameter repeated, or of a long name, once and clipped', () => {
    expect(parseParams(`a=1&a=2&b=3&${'x'.repeat(500)}=4&c=5`).notices).toEqual([
      `4 paramètres inconnus ignorés : « a », « b », « ${'x'.repeat(40)}… » et 1 autre.`,
    ]);
  });
});

describe('notices for the unknown values of a list', () => {
  it('tells them in one notice per list', () => {
    expect(parseParams('practice=lieu,peinture,danse,peinture&profile=robot,a,b,c,d&scope=local').notices).toEqual([
      'Pratique inconnue ignorée : « peinture » et « danse ».',
      'Profil inconnu ignoré : « robot », « a », « b » et 2 autres.',
    ]);
  });

  it('groups any values the same way', () => {
    expect(groupedNotice(['x'], 'Valeur ignorée', 'valeurs ignorées')).toBe('Valeur ignorée : « x ».');
    expect(groupedNotice(['x', 'y', 'x'], 'Valeur ignorée', 'valeurs ignorées')).toBe('2 valeurs ignorées : « x » et « y ».');
    expect(groupedNotice(['a', 'b', 'c', 'd'], 'Valeur ignorée')).toBe('Valeur ignorée : « a », « b », « c » et 1 autre.');
  });
});

/** Names of every kind: the app's, unknown ones, and the odd ones. */
const name = fc.oneof(
  fc.constantFrom(...Object.values(PARAMS)),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', 'embed'),
);
/** Values, lists of many values among them (unknown ones too). */
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc
    .array(fc.oneof(fc.constantFrom('lieu', 'dialogue', '84', '2A', 'x'), fc.string({ maxLength: 5 })), { maxLength: 80 })
    .map((v) => v.join(',')),
);
/** One notice per parameter at most, two for a repeated one, and one for all the unknown parameters. */
const MAX_NOTICES = 1 + 2 * Object.values(PARAMS).length;

describe('parseParams on links of any length', () => {
  it(`gives at most ${MAX_NOTICES} notices, each short, whatever the query`, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 400 }), (pairs) => {
        const { notices } = parseParams(new URLSearchParams(pairs).toString());
        expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES);
        expect(notices.every((n) => n.length < 300)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
