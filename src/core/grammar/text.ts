/**
 * Text from spreadsheets is shown as text, never as HTML; these helpers only clean what a cell
 * may carry by accident (control characters, odd Unicode forms) and keep web links to http(s).
 */

// C0 controls but tab, newline and carriage return (normalised below), DEL, C1 controls,
// bidirectional overrides that can disguise a name, and invisible zero-width spaces and BOMs
// (a name made of them only would look empty).
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

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
