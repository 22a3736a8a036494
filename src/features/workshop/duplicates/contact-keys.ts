/**
 * Websites and emails as keys: two rows with the same site (whatever the scheme, `www.`, case or
 * trailing slash) or the same email address are likely the same organisation.
 */

/** "https://www.Exemple.fr/asso/" → "exemple.fr/asso"; '' when the text is no web address. */
export function websiteKey(url: string): string {
  const text = url.trim();
  if (text === '') return '';
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return '';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  if (parsed.username !== '' || parsed.password !== '') return '';
  const host = parsed.hostname
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .replace(/\.$/, '');
  if (!host.includes('.')) return '';
  const path = decodeSafely(parsed.pathname)
    .toLowerCase()
    .replace(/\/(index\.(html?|php))?$/, '')
    .replace(/\/+$/, '');
  return `${host}${path}${parsed.search}`;
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** "  Contact@Exemple.FR " → "contact@exemple.fr"; '' when the text is no email address. */
export function emailKey(email: string): string {
  const text = email
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? text : '';
}
