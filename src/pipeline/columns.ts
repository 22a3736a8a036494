/**
 * Column names as the network's sheets write them, French or English, mapped to the fields of the
 * data model. Headers are compared folded (case, accents and punctuation ignored).
 */
import { foldText } from '../core/grammar/text';
import type { CsvRow, CsvTable } from '../core/csv';
import { IGNORED_COLUMN } from './sources';

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
  /** The commune's INSEE code (a name written here is still looked for). */
  commune: ['commune', 'code commune', 'code insee', 'insee', 'code insee commune', 'insee com'],
  /** The commune's name, beside its code. */
  communeName: ['ville', 'nom commune', 'nom de la commune', 'libelle commune', 'localite', 'lib com'],
  postcode: ['postcode', 'code postal', 'cp'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'longitude'],
  sources: ['sources', 'source', 'mentioned in', 'mentionne dans'],
  locationBasis: ['location basis', 'base de localisation'],
  sample: ['sample', 'exemple', 'donnee d exemple'],
  verifiedAt: ['verifie le', 'verifiee le', 'verified at', 'verified on', 'date de verification', 'derniere verification'],
  /** When the fiche last changed (the workshop writes it when it accepts a proposal): `mis_a_jour_le`. */
  updatedAt: ['mis a jour le', 'mise a jour le', 'updated at', 'updated on'],
  /** Decisions about possible duplicates (« même que <id> », « différent de <id> »): see duplicate-decisions.ts. */
  duplicate: ['doublon', 'doublons', 'duplicate', 'duplicates'],
  street: ['street', 'address', 'adresse', 'adresse postale', 'rue', 'voie'],
  email: ['email', 'e mail', 'mail', 'courriel', 'mel', 'adresse electronique', 'adresse mail', 'adresse e mail', 'adresse courriel'],
  phone: ['phone', 'telephone', 'tel', 'numero de telephone', 'phone number'],
  contactPage: ['contact page', 'contact form', 'page de contact', 'page contact', 'formulaire de contact', 'formulaire'],
  social: ['social', 'social links', 'reseaux sociaux', 'reseaux', 'liens reseaux sociaux'],
  hours: ['hours', 'opening hours', 'horaires', 'horaires d ouverture', 'heures d ouverture'],
  contactPublic: ['contact public', 'contact publiable', 'contacts publiables', 'contact publie', 'publier le contact'],
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
 * Finds, for each field, the header that names it: the sheet's own choice first (`chosen`, header →
 * field or `ignore`, from `sources.json` or the workshop), else the aliases. Unmatched headers are
 * returned apart, and so are headers naming a field already named by an earlier column (only the
 * first is read) and choices naming no field.
 */
export function mapColumns<F extends string>(
  header: readonly string[],
  aliases: Record<F, readonly string[]>,
  chosen: Readonly<Record<string, string>> = {},
): {
  columns: ColumnMap<F>;
  unknown: string[];
  duplicates: { header: string; first: string }[];
  badChoices: { header: string; field: string }[];
} {
  const columns: ColumnMap<F> = {};
  const unknown: string[] = [];
  const duplicates: { header: string; first: string }[] = [];
  const badChoices: { header: string; field: string }[] = [];
  const fields = Object.keys(aliases) as F[];
  for (const h of header) {
    const choice = Object.hasOwn(chosen, h) ? chosen[h] : undefined;
    if (choice === IGNORED_COLUMN) continue;
    if (choice !== undefined && !fields.includes(choice as F)) badChoices.push({ header: h, field: choice });
    const folded = foldText(h);
    const field = choice !== undefined && fields.includes(choice as F) ? (choice as F) : fields.find((f) => aliases[f].includes(folded));
    const first = field === undefined ? undefined : columns[field];
    if (field && first === undefined) columns[field] = h;
    else if (first !== undefined) duplicates.push({ header: h, first });
    else if (h !== '') unknown.push(h);
  }
  return { columns, unknown, duplicates, badChoices };
}

/**
 * The table with a column for each fixed value of the sheet (« every row is profile
 * institution »), put first so that it wins over a column of the same field, and the column
 * choices that map these new columns to their fields.
 */
export function withFixedValues(
  table: CsvTable,
  values: Readonly<Record<string, string>> = {},
  chosen: Readonly<Record<string, string>> = {},
): { table: CsvTable; chosen: Record<string, string> } {
  const entries = Object.entries(values);
  if (entries.length === 0) return { table, chosen: { ...chosen } };
  const added = entries.map(([field, value]) => ({ field, value, header: fixedValueHeader(field) }));
  const allChosen: Record<string, string> = { ...chosen };
  for (const a of added) allChosen[a.header] = a.field;
  return {
    table: {
      ...table,
      header: [...added.map((a) => a.header), ...table.header],
      rows: table.rows.map((row) => {
        const values: Record<string, string> = { ...row.values };
        for (const a of added) values[a.header] = a.value;
        return { ...row, values };
      }),
    },
    chosen: allChosen,
  };
}

/** The report's name for the column of a fixed value. */
export function fixedValueHeader(field: string): string {
  return `${field} (valeur fixée pour la feuille)`;
}

/** A cell of a row by field, '' when the column or the cell is missing. */
export function cellOf<F extends string>(row: CsvRow, columns: ColumnMap<F>, field: F): string {
  const header = columns[field];
  return header === undefined ? '' : (row.values[header] ?? '');
}
