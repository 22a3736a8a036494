/**
 * Column names as the network's sheets write them, French or English, mapped to the fields of the
 * data model. Headers are compared folded (case, accents and punctuation ignored).
 */
import { foldText } from '../core/grammar/text';
import type { CsvRow } from '../core/csv';

export const ACTOR_COLUMNS = {
  id: ['id', 'identifiant'],
  name: ['name', 'nom', 'raison sociale'],
  kind: ['kind', 'entity', 'nature', 'type d acteur'],
  practices: ['practices', 'pratiques', 'pratique'],
  profile: ['profile', 'profil'],
  scope: ['scope', 'echelle', 'portee'],
  themes: ['themes', 'theme', 'thematiques', 'thematique'],
  description: ['description', 'presentation'],
  role: ['role in source', 'role dans la source'],
  website: ['website', 'site web', 'site', 'url'],
  region: ['region', 'code region'],
  departement: ['departement', 'code departement', 'dep'],
  commune: ['commune', 'ville', 'code commune', 'code insee'],
  postcode: ['postcode', 'code postal', 'cp'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'longitude'],
  sources: ['sources', 'source', 'mentioned in', 'mentionne dans'],
  locationBasis: ['location basis', 'base de localisation'],
  sample: ['sample', 'exemple', 'donnee d exemple'],
} as const;

export const LINK_COLUMNS = {
  source: ['source', 'de', 'from'],
  target: ['target', 'vers', 'cible', 'to'],
  type: ['type', 'type de lien', 'relation'],
  note: ['note', 'commentaire'],
  sources: ['sources', 'mentioned in', 'mentionne dans'],
  sample: ['sample', 'exemple', 'donnee d exemple'],
} as const;

export const DOCUMENT_COLUMNS = {
  id: ['id', 'identifiant', 'fichier'],
  title: ['title', 'titre'],
  publisher: ['publisher', 'editeur', 'auteur'],
  date: ['date'],
  url: ['url', 'adresse', 'lien', 'site web'],
} as const;

export type ColumnMap<F extends string> = { [K in F]?: string };

/**
 * Finds, for each field, the header that names it. Unmatched headers are returned apart, and so
 * are headers naming a field already named by an earlier column (only the first is read).
 */
export function mapColumns<F extends string>(
  header: readonly string[],
  aliases: Record<F, readonly string[]>,
): { columns: ColumnMap<F>; unknown: string[]; duplicates: { header: string; first: string }[] } {
  const columns: ColumnMap<F> = {};
  const unknown: string[] = [];
  const duplicates: { header: string; first: string }[] = [];
  for (const h of header) {
    const folded = foldText(h);
    const field = (Object.keys(aliases) as F[]).find((f) => aliases[f].includes(folded));
    const first = field === undefined ? undefined : columns[field];
    if (field && first === undefined) columns[field] = h;
    else if (first !== undefined) duplicates.push({ header: h, first });
    else if (h !== '') unknown.push(h);
  }
  return { columns, unknown, duplicates };
}

/** A cell of a row by field, '' when the column or the cell is missing. */
export function cellOf<F extends string>(row: CsvRow, columns: ColumnMap<F>, field: F): string {
  const header = columns[field];
  return header === undefined ? '' : (row.values[header] ?? '');
}
