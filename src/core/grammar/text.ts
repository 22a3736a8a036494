/**
 * Text from spreadsheets is shown as text, never as HTML; these helpers only clean what a cell
 * may carry by accident (control characters, odd Unicode forms), keep web links to http(s), fold
 * accents for comparison and shorten values quoted in messages.
 */

// Characters that show nothing and can disguise a value: controls (but tab and line ends),
// direction marks and overrides, soft hyphens, zero-width spaces, invisible operators, Hangul
// compatibility fillers, tags, interlinear annotation marks, noncharacters and lone surrogates.
// The first group keeps the tags of a subdivision flag (🏴 + tags + cancel tag).
const INVISIBLE =
  /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\p{Cc}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\p{Cs}\uFFF9-\uFFFB]/gu;
// Invisible, but they change how the letters around them are shown: joiners (emoji sequences,
// Indic and Arabic scripts), variation selectors (❤️, CJK variants), the combining grapheme joiner,
// the conjoining Hangul fillers and the Mongolian vowel separator. Kept inside a text.
const MEANINGFUL_INVISIBLE = /^[\t\n\r\p{Join_Control}\p{Variation_Selector}\u034F\u115F\u1160\u180E]$/u;
// Spaces and joiners at either end join nothing.
const EDGES = /^[\s\p{Join_Control}]+|[\s\p{Join_Control}]+$/gu;
// A character that shows something: not a space, an invisible or format character, a combining
// mark on its own, or a glyph drawn blank (Braille blank, musical null notehead).
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Cs}\p{M}\u2800\u{1D159}]/u;
const COMBINING_MARKS = /\p{M}+/gu;

/** A cell's text, cleaned of the invisible characters above, line ends as \n, NFC, trimmed. */
export function sanitizeText(value: string): string {
  return value
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(INVISIBLE, (char, flag: string | undefined) => flag ?? (MEANINGFUL_INVISIBLE.test(char) ? char : ''))
    .normalize('NFC')
    .replace(EDGES, '');
}

/** Whether a text shows at least one character (a name made of blank characters does not). */
export function hasVisibleCharacter(value: string): boolean {
  return VISIBLE.test(value);
}

/** "U+2800 U+3164": the code points of a text, for reporting one that cannot be seen. */
export function codePoints(value: string, max = 20): string {
  const points = [...value].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return points.length > max ? `${points.slice(0, max).join(' ')} …` : points.join(' ');
}

/** The URL if it is a valid http(s) one ("www.x.fr" gets https://), else ''. */
export function safeUrl(value: string): string {
  const v = value.trim();
  if (v === '') return '';
  const candidate = /^www\./i.test(v) ? `https://${v}` : v;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    if (!url.hostname.includes('.')) return '';
    // "https://exemple.fr@ailleurs.net" goes to ailleurs.net: such addresses mislead readers.
    if (url.username !== '' || url.password !== '') return '';
    return url.href;
  } catch {
    return '';
  }
}

/** "Élodie" → "elodie": lower case, accents and other combining marks removed. */
export function stripAccents(value: string): string {
  return value.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Lower case, no accents, no punctuation, single spaces: how coded values and search terms compare. */
export function foldText(value: string): string {
  return stripAccents(value)
    .replace(/[’'`´\-_.,;:/()«»"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A value quoted in a message, cut after `max` characters with an ellipsis. */
export function clip(value: string, max = 40): string {
  return value.length > max ? `${truncate(value, max)}…` : value;
}

/**
 * At most `max` UTF-16 units of `value` (its `length`), cut between two graphemes: never inside an
 * emoji, a flag or a surrogate pair, never between a letter and its accent. A single grapheme longer
 * than `max` (a letter under hundreds of accents) is cut between two code points.
 */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = graphemeStart(value, max);
  return value.slice(0, cut > 0 ? cut : codePointStart(value, max));
}

let graphemes: Intl.Segmenter | undefined;

// Continues the character before it: accents and other marks, emoji skin tones, joiners, variation selectors.
const CONTINUATION = /^[\p{M}\p{Emoji_Modifier}\p{Join_Control}\p{Variation_Selector}]/u;

/** Start of the grapheme that holds the unit at `index`. */
function graphemeStart(value: string, index: number): number {
  if (typeof Intl.Segmenter === 'function') {
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return graphemes.segment(value).containing(index)?.index ?? codePointStart(value, index);
  }
  // Without Intl.Segmenter (older browsers): code points, not cutting before a mark or around a joiner.
  let cut = codePointStart(value, index);
  while (cut > 0 && (CONTINUATION.test(value.slice(cut, cut + 2)) || value[cut - 1] === '\u200D')) cut = codePointStart(value, cut - 1);
  return cut;
}

/** Start of the code point that holds the unit at `index` (the high half of a surrogate pair). */
function codePointStart(value: string, index: number): number {
  const low = value.charCodeAt(index);
  const high = value.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? index - 1 : index;
}
