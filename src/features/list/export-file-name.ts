/**
 * The name of an exported file says what it holds and when: « catalyseurs », the filters (régions
 * and départements by name, then the codes of the other facets, the search text), the date, and
 * for the comma-separated CSV a word that tells it from the one for French spreadsheets:
 * `catalyseurs-nouvelle-aquitaine-lieu-2026-12-05.csv`.
 */
import type { Filters } from '../../core/filters';
import { slugify } from '../../core/grammar/codes';
import type { Lang } from '../../core/vocabulary';

export type ExportFileKind = 'csv' | 'csv-comma' | 'geojson';

export interface ExportNaming {
  filters: Filters;
  /** The list is limited to the map's visible area. */
  inView: boolean;
  /** Names of the régions and départements by code (the code stands for an unknown one). */
  regionName: (code: string) => string | undefined;
  departementName: (code: string) => string | undefined;
  date: Date;
  lang: Lang;
}

/** Longest filter part of the name, so that the date stays readable in a file list. */
const MAX_FILTER_LENGTH = 80;

const WORDS = {
  fr: { comma: 'virgule', search: 'recherche', inView: 'zone-visible', sample: 'exemples', real: 'reelles', qmin: 'qualification' },
  en: { comma: 'comma', search: 'search', inView: 'map-area', sample: 'samples', real: 'real', qmin: 'qualification' },
} as const;

/** The local date as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The filters as words of a file name, in the order of the filter panel's territory first. */
export function filterSlug({ filters, inView, regionName, departementName, lang }: Omit<ExportNaming, 'date'>): string {
  const words = WORDS[lang];
  const parts = [
    ...filters.regions.map((code) => regionName(code) ?? code),
    ...filters.departements.map((code) => departementName(code) ?? code),
    ...filters.practices,
    ...filters.profiles,
    ...filters.kinds,
    ...filters.scopes,
    ...filters.themes,
    ...(filters.data === 'all' ? [] : [words[filters.data]]),
    ...(filters.minQualification > 0 ? [`${words.qmin}-${Math.round(filters.minQualification * 100)}`] : []),
    ...(filters.text.trim() ? [`${words.search}-${filters.text}`] : []),
    ...(inView ? [words.inView] : []),
  ]
    .map(slugify)
    .filter(Boolean);
  let slug = '';
  for (const part of parts) {
    const next = slug ? `${slug}-${part}` : part;
    if (next.length > MAX_FILTER_LENGTH) break;
    slug = next;
  }
  return slug;
}

export function exportFileName(kind: ExportFileKind, naming: ExportNaming): string {
  const filter = filterSlug(naming);
  const comma = kind === 'csv-comma' ? [WORDS[naming.lang].comma] : [];
  const extension = kind === 'geojson' ? 'geojson' : 'csv';
  return `${['catalyseurs', ...(filter ? [filter] : []), isoDay(naming.date), ...comma].join('-')}.${extension}`;
}
