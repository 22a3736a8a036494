/**
 * What a column's cells look like, from a sample of them: codes, coordinates, addresses, dates,
 * oui/non, lists or text. The column guess weighs it against the header; it never decides alone
 * what the model's vocabularies already say (a practice is a practice because it reads as one).
 */
import { codeMatcher, parseBoolean, splitList } from '../../../core/grammar/codes';
import { readDate } from '../../../core/grammar/dates';
import { COMMUNE_CODE, REGION_CODES, isDepartementCode } from '../../../core/grammar/insee';
import { KINDS, LINK_TYPES, PRACTICES, PROFILES, SCOPES } from '../../../core/vocabulary';

export type ValueKind =
  | 'empty'
  | 'communeCode'
  | 'postcode'
  | 'departementCode'
  | 'regionCode'
  | 'email'
  | 'url'
  | 'phone'
  | 'latitude'
  | 'longitude'
  | 'lambertX'
  | 'lambertY'
  | 'date'
  | 'boolean'
  | 'practices'
  | 'profile'
  | 'scope'
  | 'kind'
  | 'linkType'
  | 'list'
  | 'number'
  | 'text'
  | 'longText';

/** How each kind of value is named in a guess's reason. */
export const VALUE_KIND_LABELS: Readonly<Record<ValueKind, string>> = {
  empty: 'vides',
  communeCode: 'codes de commune (INSEE)',
  postcode: 'codes postaux',
  departementCode: 'codes de département',
  regionCode: 'codes de région',
  email: 'adresses e-mail',
  url: 'adresses web',
  phone: 'numéros de téléphone',
  latitude: 'latitudes (degrés)',
  longitude: 'longitudes (degrés)',
  lambertX: 'abscisses Lambert-93 (mètres)',
  lambertY: 'ordonnées Lambert-93 (mètres)',
  date: 'dates',
  boolean: 'oui/non',
  practices: 'pratiques',
  profile: 'profils',
  scope: 'échelles',
  kind: 'natures (acteur, projet)',
  linkType: 'types de lien',
  list: 'listes (séparées par ;)',
  number: 'nombres',
  text: 'texte',
  longText: 'texte long',
};

/** A kind is read when this share of the non-empty cells has it. */
const MOST = 0.8;
/** Cells looked at, at most: enough to tell, quick on a sheet of 100,000 rows. */
const MAX_SAMPLES = 500;
/** A text column whose cells are this long on average is a description rather than a name. */
const LONG_TEXT = 80;

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i;
const URL_LIKE = /^(https?:\/\/|www\.)[^\s]+$/i;
const PHONE = /^(\+33\s?|0)[1-9]([\s.-]?\d{2}){4}$/;
const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;
const BOOLEAN_WORDS = /^(oui|non|vrai|faux|yes|no|true|false|x)$/i;
// A day far ahead: dates are recognised, never judged as future.
const FAR_FUTURE = '9999-12-31';

/** Latitude and longitude boxes of the territories the map shows: metropolitan France, Corsica and the overseas départements. */
// prettier-ignore
const FRENCH_BOXES: readonly { lat: [number, number]; lon: [number, number] }[] = [
  { lat: [41.2, 51.2], lon: [-5.3, 9.7] },    // metropolitan France and Corsica
  { lat: [15.8, 16.6], lon: [-61.9, -60.9] }, // Guadeloupe
  { lat: [14.3, 14.9], lon: [-61.3, -60.8] }, // Martinique
  { lat: [2.1, 5.8], lon: [-54.7, -51.5] },   // Guyane
  { lat: [-21.5, -20.8], lon: [55.2, 55.9] }, // La Réunion
  { lat: [-13.1, -12.6], lon: [44.9, 45.4] }, // Mayotte
];
/** Lambert-93 (EPSG:2154) over metropolitan France, in metres. */
const LAMBERT_X: [number, number] = [60_000, 1_250_000];
const LAMBERT_Y: [number, number] = [6_000_000, 7_200_000];

const matchPractice = codeMatcher(PRACTICES.list, { 'tiers lieu': 'lieu', 'gestion d un lieu': 'lieu' });
const matchProfile = codeMatcher(PROFILES.list);
const matchScope = codeMatcher(SCOPES.list, { departementale: 'departemental', regionale: 'regional', nationale: 'national' });
const matchKind = codeMatcher(KINDS.list, { acteur: 'actor', projet: 'project' });
const matchLinkType = codeMatcher(LINK_TYPES.list, {
  'est porte par': 'porte',
  'porte par': 'porte',
  'est membre de': 'membre',
  'a pour membre': 'membre',
  'fonde par': 'fondateur',
  'finance par': 'financeur',
  'est partenaire de': 'partenaire',
});

/** The kind most of a column's non-empty cells share. */
export function profileValues(samples: readonly string[]): ValueKind {
  const values = samples
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .slice(0, MAX_SAMPLES);
  if (values.length === 0) return 'empty';
  const share = (test: (v: string) => boolean) => values.filter(test).length / values.length;
  const most = (test: (v: string) => boolean) => share(test) >= MOST;

  if (most((v) => EMAIL.test(v))) return 'email';
  if (most((v) => URL_LIKE.test(v))) return 'url';
  if (most((v) => BOOLEAN_WORDS.test(v) && parseBoolean(v) !== undefined)) return 'boolean';
  if (most((v) => COMMUNE_CODE.test(v))) return fiveCharacterCodes(values);
  if (most((v) => /^[0-9AB]{1,3}$/i.test(v) && isDepartementCode(v.length === 1 ? `0${v}` : v))) {
    return values.every((v) => (REGION_CODES as readonly string[]).includes(v)) ? 'regionCode' : 'departementCode';
  }
  if (most((v) => PHONE.test(v))) return 'phone';
  if (most((v) => DECIMAL.test(v))) return numbers(values.filter((v) => DECIMAL.test(v)).map((v) => Number(v.replace(',', '.'))));
  if (most((v) => readDate(v, FAR_FUTURE).kind === 'date')) return 'date';
  const vocabulary = vocabularyOf(most);
  if (vocabulary) return vocabulary;
  if (share((v) => v.includes(';')) >= 0.5) return 'list';
  const meanLength = values.reduce((sum, v) => sum + v.length, 0) / values.length;
  return meanLength >= LONG_TEXT ? 'longText' : 'text';
}

/**
 * Five-character codes: INSEE's commune codes hold 2A and 2B (Corsica); postcodes are the codes of
 * delivery offices, nine in ten of which end in 0 (01200, 75008 apart), where commune codes end in
 * any digit alike.
 */
function fiveCharacterCodes(values: readonly string[]): 'communeCode' | 'postcode' {
  if (values.some((v) => /^2[AB]/i.test(v))) return 'communeCode';
  const endingInZero = values.filter((v) => v.endsWith('0')).length / values.length;
  return endingInZero >= 0.5 ? 'postcode' : 'communeCode';
}

function numbers(values: readonly number[]): ValueKind {
  const within = (v: number, [min, max]: [number, number]) => v >= min && v <= max;
  const share = (test: (v: number) => boolean) => values.filter(test).length / values.length;
  if (share((v) => within(v, LAMBERT_Y)) >= MOST) return 'lambertY';
  if (share((v) => within(v, LAMBERT_X)) >= MOST) return 'lambertX';
  if (values.every((v) => Number.isInteger(v))) return 'number';
  const lat = share((v) => FRENCH_BOXES.some((b) => within(v, b.lat)));
  const lon = share((v) => FRENCH_BOXES.some((b) => within(v, b.lon)));
  // Guyane's latitudes lie among metropolitan longitudes: the larger share wins.
  if (lat >= MOST && lat > lon) return 'latitude';
  if (lon >= MOST && lon > lat) return 'longitude';
  return 'number';
}

function vocabularyOf(most: (test: (v: string) => boolean) => boolean): ValueKind | undefined {
  if (most((v) => matchKind(v) !== undefined)) return 'kind';
  if (most((v) => matchProfile(v) !== undefined)) return 'profile';
  if (most((v) => matchScope(v) !== undefined)) return 'scope';
  if (most((v) => matchLinkType(v) !== undefined)) return 'linkType';
  if (most((v) => splitList(v).length > 0 && splitList(v).every((item) => matchPractice(item) !== undefined))) return 'practices';
  return undefined;
}
