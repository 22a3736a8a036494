/** A file name not yet `taken`: « acteurs.csv », then « acteurs (2).csv », « acteurs (3).csv »… */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  const clean = name.trim() || 'feuille.csv';
  if (!taken.has(clean)) return clean;
  const dot = clean.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ''];
  for (let n = 2; ; n += 1) {
    const candidate = `${stem} (${n})${extension}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The file name an address gives: its last path segment, or its host's name. */
export function nameOfAddress(address: string): string {
  try {
    const url = new URL(address);
    const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1) ?? '');
    const format = url.searchParams.get('format') ?? url.searchParams.get('output');
    if (last && /\.[a-z0-9]{2,4}$/i.test(last)) return last;
    const stem = last || url.hostname;
    return `${stem}.${format && /^(csv|tsv|xlsx|ods)$/i.test(format) ? format.toLowerCase() : 'csv'}`;
  } catch {
    return 'feuille.csv';
  }
}
