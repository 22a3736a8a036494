/**
 * The best guess for each column of a sheet: a field of the model or « ignorer », from its header
 * and from what its cells look like, with how sure the guess is and why, in words the person
 * choosing can check (« en-tête “lib_fs” : nom ; valeurs : texte »). The mapping step preselects
 * it; the person has the last word.
 */
import { IGNORED_COLUMN } from '../../../pipeline/sources';
import { fieldsOf, matchHeader, type HeaderMatch, type SheetRole } from './header-synonyms';
import { VALUE_KIND_LABELS, profileValues, type ValueKind } from './value-profile';

export type { SheetRole } from './header-synonyms';
export type Confidence = 'high' | 'medium' | 'low';

export interface ColumnGuess {
  /** A field of the model for this role, or `ignore`. */
  field: string;
  confidence: Confidence;
  /** Why, in French. */
  reason: string;
}

export interface SheetColumn {
  header: string;
  /** Some of its cells (empty ones may be left in). */
  samples: readonly string[];
}

/** The fields' names as the reasons say them. */
export const FIELD_LABELS_FR: Readonly<Record<SheetRole, Readonly<Record<string, string>>>> = {
  actors: {
    id: 'identifiant',
    name: 'nom',
    kind: 'nature',
    practices: 'pratiques',
    profile: 'profil',
    scope: 'échelle',
    themes: 'thèmes',
    description: 'description',
    role: 'rôle dans la source',
    website: 'site web',
    region: 'région',
    departement: 'département',
    commune: 'commune',
    communeName: 'nom de la commune',
    postcode: 'code postal',
    lat: 'latitude',
    lon: 'longitude',
    sources: 'sources',
    locationBasis: 'base de localisation',
    sample: 'donnée d’exemple',
    verifiedAt: 'vérifiée le',
    street: 'adresse',
    email: 'courriel',
    phone: 'téléphone',
    contactPage: 'page de contact',
    social: 'réseaux sociaux',
    hours: 'horaires',
    contactPublic: 'contact publiable',
    updatedAt: 'mis à jour le',
    duplicate: 'doublon',
  },
  links: {
    source: 'source (de)',
    target: 'cible (vers)',
    type: 'type de lien',
    note: 'note',
    sources: 'sources',
    sample: 'donnée d’exemple',
  },
};

// prettier-ignore
const TEXT_FIELDS = [
  'id', 'name', 'kind', 'practices', 'profile', 'scope', 'themes', 'description', 'role', 'commune', 'communeName', 'sources', 'street', 'hours', 'social',
];
const LINK_TEXT_FIELDS = ['source', 'target', 'type', 'note'];
const LONG_TEXT_FIELDS = ['description', 'role', 'themes', 'sources', 'note', 'street', 'hours', 'social'];

/** The fields a column of this kind of values can feed. */
const COMPATIBLE: Readonly<Record<ValueKind, readonly string[]>> = {
  empty: [],
  communeCode: ['commune', 'id'],
  postcode: ['postcode'],
  departementCode: ['departement'],
  regionCode: ['region', 'departement'],
  email: ['email'],
  url: ['website', 'sources', 'contactPage', 'social'],
  phone: ['phone'],
  latitude: ['lat'],
  longitude: ['lon'],
  lambertX: [],
  lambertY: [],
  date: ['verifiedAt'],
  boolean: ['sample', 'contactPublic'],
  practices: ['practices', 'themes'],
  profile: ['profile'],
  scope: ['scope'],
  kind: ['kind'],
  linkType: ['type'],
  list: ['themes', 'practices', 'sources', 'description', 'note', 'role', 'social', 'hours', 'email', 'phone'],
  number: ['id', 'source', 'target', 'phone'],
  text: [...TEXT_FIELDS, ...LINK_TEXT_FIELDS, 'locationBasis'],
  longText: LONG_TEXT_FIELDS,
};

/** Values that name their field by themselves, whatever the header. */
const FIELD_OF_VALUES: Partial<Record<ValueKind, { field: string; confidence: Confidence }>> = {
  communeCode: { field: 'commune', confidence: 'medium' },
  postcode: { field: 'postcode', confidence: 'medium' },
  departementCode: { field: 'departement', confidence: 'medium' },
  regionCode: { field: 'region', confidence: 'low' },
  url: { field: 'website', confidence: 'medium' },
  email: { field: 'email', confidence: 'medium' },
  phone: { field: 'phone', confidence: 'medium' },
  latitude: { field: 'lat', confidence: 'medium' },
  longitude: { field: 'lon', confidence: 'medium' },
  practices: { field: 'practices', confidence: 'high' },
  profile: { field: 'profile', confidence: 'high' },
  scope: { field: 'scope', confidence: 'high' },
  kind: { field: 'kind', confidence: 'high' },
  linkType: { field: 'type', confidence: 'high' },
};

/** Values too plain to confirm a field on their own. */
const PLAIN: ReadonlySet<ValueKind> = new Set(['text', 'longText', 'number', 'list', 'empty']);
const LAMBERT: ReadonlySet<ValueKind> = new Set(['lambertX', 'lambertY']);

const NOTE_MISMATCH = 'les valeurs ne ressemblent pas à ce champ, à vérifier';
const NOTE_LAMBERT = 'des mètres en Lambert-93 alors que la carte attend des degrés (WGS 84) : à convertir avant l’import';

interface Guess extends ColumnGuess {
  kind: ValueKind;
  /** How the header matched: see `matchHeader`; `none` when it did not. */
  strength: Extract<HeaderMatch, { strength: string }>['strength'] | 'none';
}

/** The guess for one column, on its own (see `guessColumns` for a whole sheet). */
export function guessColumn(header: string, samples: readonly string[], role: SheetRole): ColumnGuess {
  const { field, confidence, reason } = guessOne(header, samples, role);
  return { field, confidence, reason };
}

/**
 * The guesses for a sheet's columns, one column per field: when two columns would feed the same
 * field, the surer one keeps it (codes before names for the commune) and the other is ignored, as
 * the pipeline would read only the first.
 */
export function guessColumns(columns: readonly SheetColumn[], role: SheetRole): ColumnGuess[] {
  const guesses = columns.map((c) => guessOne(c.header, c.samples, role));
  const winner = new Map<string, number>();
  guesses.forEach((g, i) => {
    if (g.field === IGNORED_COLUMN) return;
    const best = winner.get(g.field);
    if (best === undefined || rank(g) > rank(guesses[best]!)) winner.set(g.field, i);
  });
  return guesses.map((g, i) => {
    const kept = winner.get(g.field);
    if (g.field === IGNORED_COLUMN || kept === undefined || kept === i)
      return { field: g.field, confidence: g.confidence, reason: g.reason };
    const taken = `“${columns[kept]!.header}” est déjà lue comme ${FIELD_LABELS_FR[role][g.field] ?? g.field}`;
    const second = SECOND_CHOICE[g.field];
    if (second && !winner.has(second) && COMPATIBLE[g.kind].includes(second)) {
      winner.set(second, i);
      return {
        field: second,
        confidence: 'medium',
        reason: `${g.reason} ; ${taken}, lue comme ${FIELD_LABELS_FR[role][second] ?? second}`,
      };
    }
    return { field: IGNORED_COLUMN, confidence: 'medium', reason: `${g.reason} ; ${taken}` };
  });
}

/** Where a column goes when its field is taken by a surer one: names of communes beside their codes. */
const SECOND_CHOICE: Readonly<Record<string, string>> = { commune: 'communeName' };

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 3, medium: 2, low: 1 };
const STRENGTH_RANK: Readonly<Record<Guess['strength'], number>> = { alias: 3, synonym: 2, word: 1, noField: 0, none: 0 };

/** Confidence first, then values that say their field (a code over a name), then how the header matched. */
function rank(g: Guess): number {
  return CONFIDENCE_RANK[g.confidence] * 100 + (PLAIN.has(g.kind) ? 0 : 10) + STRENGTH_RANK[g.strength];
}

function guessOne(header: string, samples: readonly string[], role: SheetRole): Guess {
  const kind = profileValues(samples);
  const match = matchHeader(header, role);
  const fields = fieldsOf(role);
  const label = (field: string) => FIELD_LABELS_FR[role][field] ?? field;
  const fromValues = FIELD_OF_VALUES[kind];
  const valuesField = fromValues && fields.includes(fromValues.field) ? fromValues : undefined;
  const values = `valeurs : ${VALUE_KIND_LABELS[kind]}`;
  const reasonOf = (headerPart: string, note?: string) =>
    [`en-tête “${header}” : ${headerPart}`, values, ...(note ? [note] : [])].join(' ; ');
  const result = (field: string, confidence: Confidence, reason: string, strength: Guess['strength']): Guess => ({
    field,
    confidence,
    reason,
    kind,
    strength,
  });

  if (match.field === undefined) {
    if (valuesField) return result(valuesField.field, valuesField.confidence, reasonOf('non reconnu'), 'none');
    const sure: Confidence = kind === 'empty' ? 'high' : LAMBERT.has(kind) ? 'medium' : 'low';
    return result(IGNORED_COLUMN, sure, reasonOf('non reconnu', LAMBERT.has(kind) ? NOTE_LAMBERT : undefined), 'none');
  }

  if (match.strength === 'noField') {
    const headerPart = `pas de champ dans le modèle (${match.what})`;
    if (valuesField && !PLAIN.has(kind)) return result(valuesField.field, 'medium', reasonOf(headerPart), 'noField');
    return result(IGNORED_COLUMN, 'high', reasonOf(headerPart), 'noField');
  }

  const field = match.field;
  const named = match.strength === 'word' ? `${label(field)} ?` : label(field);
  if (LAMBERT.has(kind) && (field === 'lat' || field === 'lon')) {
    return result(IGNORED_COLUMN, 'high', reasonOf(named, NOTE_LAMBERT), match.strength);
  }
  if (kind === 'empty' || COMPATIBLE[kind].includes(field)) {
    const sure = match.strength !== 'word' || (!PLAIN.has(kind) && kind !== 'empty');
    return result(field, sure ? 'high' : 'medium', reasonOf(named), match.strength);
  }
  if (valuesField && match.strength === 'word') {
    return result(
      valuesField.field,
      'medium',
      reasonOf(named, `lue comme ${label(valuesField.field)} d’après les valeurs`),
      match.strength,
    );
  }
  return result(field, 'low', reasonOf(named, NOTE_MISMATCH), match.strength);
}
