/**
 * Text from spreadsheets is shown as text, never as HTML; these helpers only clean what a cell
 * may carry by accident (control characters, odd Unicode forms), keep web links to http(s), fold
 * accents for comparison and shorten values quoted in messages.
 */

// C0 controls but tab, newline and carriage return (normalised below), DEL, C1 controls,
// bidirectional overrides that can disguise a name, and invisible zero-width spaces and BOMs
// (a name made of them only would look empty).
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
const COMBINING_MARKS = /\p{M}+/gu;

export function sanitizeText(value: string): string {
  return value.normalize('NFC').replace(UNWANTED, '').replace(/\r\n?/g, '\n').trim();
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
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
