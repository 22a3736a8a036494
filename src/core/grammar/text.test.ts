import { afterEach, describe, expect, it } from 'vitest';
import { clip, codePoints, hasVisibleCharacter, sanitizeText, truncate } from './text';

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'; // 11 UTF-16 units
const FLAG_FR = '\u{1F1EB}\u{1F1F7}'; // 4 units
const SCOTLAND = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
const THUMBS_MEDIUM = '\u{1F44D}\u{1F3FD}';

describe('sanitizeText', () => {
  it('removes controls, direction marks and overrides, soft hyphens and zero-width spaces everywhere', () => {
    expect(sanitizeText('Rap\u00ADport \u202Efdp.exe\u202C\u0007\u001B\u200B \u200Efin\u200F\u2066\u2069\u061C')).toBe(
      'Rapport fdp.exe fin',
    );
    expect(sanitizeText('a\u2060b\u2061c\u2064d\uFEFFe\u17B4f')).toBe('abcdef');
  });

  it('removes Hangul compatibility fillers, stray tags and interlinear annotation marks', () => {
    expect(sanitizeText('x\u3164y\uFFA0z')).toBe('xyz');
    expect(sanitizeText('mot\u{E0069}\u{E0067}\u{E006E}')).toBe('mot');
    expect(sanitizeText('a\uFFF9b\uFFFAc\uFFFB')).toBe('abc');
  });

  it('keeps joiners and variation selectors inside a text, where they change what is shown', () => {
    expect(sanitizeText(`Famille ${FAMILY}`)).toBe(`Famille ${FAMILY}`);
    expect(sanitizeText('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645')).toBe('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645');
    expect(sanitizeText('Cœur \u2764\uFE0F')).toBe('Cœur \u2764\uFE0F');
    expect(sanitizeText(`Écosse ${SCOTLAND}`)).toBe(`Écosse ${SCOTLAND}`);
  });

  it('drops joiners and spaces at either end, and writes every line end as \\n', () => {
    expect(sanitizeText('\u200D \u200Cmot\u200D\u00A0')).toBe('mot');
    expect(sanitizeText('a\r\nb\rc\u2028d\u2029e')).toBe('a\nb\nc\nd\ne');
  });

  it('composes accents (NFC), also when an invisible character stood between a letter and its accent', () => {
    expect(sanitizeText('e\u0301te\u0301')).toBe('été');
    expect(sanitizeText('e\u00AD\u0301')).toBe('é');
  });
});

describe('hasVisibleCharacter', () => {
  it.each([
    ['', 'empty'],
    ['\u2800\u2800', 'Braille blank'],
    ['\u115F\u1160', 'conjoining Hangul fillers'],
    ['\u3164', 'Hangul filler'],
    ['\u180E', 'Mongolian vowel separator'],
    ['\uFE0F\uFE0E', 'variation selectors alone'],
    ['\u0301\u0301', 'accents without a letter'],
    ['\u200C\u200D \u00A0\u2003', 'joiners and spaces'],
    ['\u{1D159}', 'musical null notehead'],
    ['\u{E0041}', 'tag'],
  ])('is false for %j (%s)', (value) => {
    expect(hasVisibleCharacter(value)).toBe(false);
  });

  it.each([['a'], ['\u2764\uFE0F'], [FLAG_FR], ['\u5317'], ['·'], ['\uE000']])('is true for %j', (value) => {
    expect(hasVisibleCharacter(value)).toBe(true);
  });
});

describe('codePoints', () => {
  it('names the code points of a text, the first 20 only', () => {
    expect(codePoints('\u2800 \u{1D159}')).toBe('U+2800 U+0020 U+1D159');
    expect(codePoints('a'.repeat(25))).toBe(`${Array(20).fill('U+0061').join(' ')} …`);
  });
});

describe('truncate and clip', () => {
  it('keep a text that fits', () => {
    expect(truncate(`ab${FAMILY}`, 13)).toBe(`ab${FAMILY}`);
    expect(clip('court', 5)).toBe('court');
  });

  it.each([
    ['an emoji family', `ab${FAMILY}cd`, 5, 'ab'],
    ['a flag, between its two letters', `abc${FLAG_FR}`, 5, 'abc'],
    ['a subdivision flag, among its tags', `a${SCOTLAND}`, 8, 'a'],
    ['a skin tone', `ab${THUMBS_MEDIUM}`, 4, 'ab'],
    ['a surrogate pair', 'ab\u{1F600}', 3, 'ab'],
    ['a letter and its combining accent', 'abq\u0301c', 3, 'ab'],
    ['a letter and its two accents', 'ao\u0323\u0302x', 3, 'a'],
  ])('never cut %s', (_, value, max, expected) => {
    expect(truncate(value, max)).toBe(expected);
    expect(clip(value, max)).toBe(`${expected}…`);
  });

  it('keep a grapheme that ends exactly at the limit', () => {
    expect(truncate(`ab${FLAG_FR}c`, 6)).toBe(`ab${FLAG_FR}`);
  });

  it('cut a single grapheme longer than the limit between two code points', () => {
    const zalgo = `\u{1D400}${'\u0301'.repeat(50)}`;
    expect(truncate(zalgo, 10)).toBe(`\u{1D400}${'\u0301'.repeat(8)}`);
    expect(truncate('\u{1D400}\u0301', 1)).toBe('');
  });

  describe('without Intl.Segmenter', () => {
    const segmenter = Intl.Segmenter;
    afterEach(() => {
      Object.defineProperty(Intl, 'Segmenter', { value: segmenter, configurable: true, writable: true });
    });

    it('still never splits a surrogate pair, an accent or a joined emoji', () => {
      Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true });
      expect(truncate('ab\u{1F600}', 3)).toBe('ab');
      expect(truncate('abq\u0301c', 3)).toBe('ab');
      expect(truncate(`ab${THUMBS_MEDIUM}`, 4)).toBe('ab');
      // Cut after the man and the woman: the joiner before the cut goes with what follows it.
      expect(truncate(`ab${FAMILY}`, 8)).toBe('ab');
      expect(clip(`ab${FAMILY}`, 5)).toBe('ab…');
    });
  });
});
