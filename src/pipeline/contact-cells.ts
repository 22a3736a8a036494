/**
 * The contact cells of an actors sheet: postal address, email, phone, contact page, social links,
 * opening hours, and whether the contact may be published at all.
 *
 * The personal-data rule (GDPR). The atlas lists organisations, whose contact details are public
 * by nature: a contact is published unless the sheet says otherwise. A row whose « contact
 * publiable » (`contact_public`) column says « non » (or something that is not oui/non) has no
 * contact in the record, so that no published file can hold it; not hidden, left out. An email
 * that looks like a private person's (`prenom.nom@` at a webmail provider) is reported, and left
 * out unless the row says « oui »: publishing a person's contact needs their consent. The
 * website and the place on the map are not part of the contact: they describe the organisation.
 *
 * Phone numbers are read by libphonenumber-js (Google's libphonenumber metadata: which numbers
 * exist, in France, its overseas départements and abroad), written as French readers write them
 * (« 05 49 12 34 56 ») and in E.164 (« +33549123456 ») for `tel:` links.
 */
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { parseBoolean } from '../core/grammar/codes';
import { isEmailAddress } from '../core/grammar/contact';
import { clip, sanitizeText } from '../core/grammar/text';
import type { CsvRow } from '../core/csv';
import type { ActorContact } from '../core/model';
import type { ProblemLog } from '../core/problems';
import { type ACTOR_COLUMNS, cellOf, type ColumnMap } from './columns';
import { cappedText, MAX_REPORTED, readWebAddress } from './sheet-cells';

type ActorField = keyof typeof ACTOR_COLUMNS;

/** Longest street and opening hours kept (longer is cut, and reported). */
export const MAX_CONTACT_LENGTH = { street: 300, hours: 1000 } as const;

/** The warning on an email that looks like a private person's. */
export const PERSONAL_EMAIL_MESSAGE = 'adresse qui semble personnelle : ne publiez le contact d’une personne qu’avec son accord';

/**
 * The actor's contact as it may be published, or nothing (no contact given, or not publishable).
 * Spread into the record: `{ contact }` or `{}`.
 */
export function readContactCells(row: CsvRow, columns: ColumnMap<ActorField>, log: ProblemLog): { contact?: ActorContact } {
  const column = (field: ActorField) => columns[field] ?? field;
  const raw = (field: ActorField) => cellOf(row, columns, field);
  const consent = readConsent(raw('contactPublic'), log, row.line, column('contactPublic'));
  if (consent === 'no') return {};

  const contact: ActorContact = {};
  const street = cappedText(raw('street'), MAX_CONTACT_LENGTH.street, log, row.line, column('street'));
  if (street !== '') {
    contact.street = street;
    // Placement reads the postcode and reports a bad one; a good one completes the address.
    const postcode = raw('postcode').trim();
    if (/^\d{5}$/.test(postcode)) contact.postcode = postcode;
  }
  const email = readEmail(raw('email'), consent, log, row.line, column('email'));
  if (email !== '') contact.email = email;
  const phone = readPhone(raw('phone'), log, row.line, column('phone'));
  if (phone) Object.assign(contact, phone);
  const contactPage = readWebAddress(raw('contactPage'), log, row.line, column('contactPage'));
  if (contactPage !== '') contact.contactPage = contactPage;
  const social = readSocialLinks(raw('social'), log, row.line, column('social'));
  if (social.length > 0) contact.social = social;
  const hours = cappedText(raw('hours'), MAX_CONTACT_LENGTH.hours, log, row.line, column('hours'));
  if (hours !== '') contact.hours = hours;
  return Object.keys(contact).length > 0 ? { contact } : {};
}

/** What the row says of publishing its contact: `unset` (empty) publishes an organisation's contact. */
type Consent = 'yes' | 'no' | 'unset';

function readConsent(text: string, log: ProblemLog, line: number, column: string): Consent {
  const clean = sanitizeText(text);
  if (clean === '') return 'unset';
  const value = parseBoolean(clean);
  if (value !== undefined) return value ? 'yes' : 'no';
  log.warning(line, column, clip(clean, MAX_REPORTED), 'valeur oui/non illisible', 'lu comme « non » : le contact n’est pas publié');
  return 'no';
}

/** Several values in one cell: « a@x.fr ; b@y.fr », « 05 49 … / 06 … », « a@x.fr - b@y.fr », « … ou … ». */
const SEVERAL = /\s*(?:[;,|/\n]|\s[-–]\s|\s(?:ou|or|et|and)\s)\s*/i;

/** The first of several values, with a warning that the others are not kept. */
function firstOf(text: string, what: string, log: ProblemLog, line: number, column: string): string {
  const parts = text.split(SEVERAL).filter((p) => p !== '');
  if (parts.length > 1)
    log.warning(line, column, clip(text, MAX_REPORTED), `plusieurs ${what} dans la cellule`, 'seul le premier est repris');
  return parts[0] ?? '';
}

function readEmail(raw: string, consent: Consent, log: ProblemLog, line: number, column: string): string {
  const text = sanitizeText(raw);
  if (text === '') return '';
  const first = firstOf(text.replace(/\bmailto:/gi, ''), 'adresses de courriel', log, line, column);
  if (!isEmailAddress(first)) {
    log.warning(
      line,
      column,
      clip(first, MAX_REPORTED),
      'adresse de courriel invalide (attendu : nom@domaine.fr, sans espace ni accent)',
      'ignorée',
    );
    return '';
  }
  const at = first.lastIndexOf('@');
  const email = `${first.slice(0, at)}@${first.slice(at + 1).toLowerCase()}`;
  if (!looksPersonal(email)) return email;
  if (consent === 'yes') {
    log.warning(line, column, email, PERSONAL_EMAIL_MESSAGE, 'publiée : la colonne « contact publiable » dit oui');
    return email;
  }
  log.warning(
    line,
    column,
    email,
    PERSONAL_EMAIL_MESSAGE,
    'non publiée : écrivez « oui » dans la colonne « contact publiable » si la personne est d’accord, ou donnez l’adresse de la structure',
  );
  return '';
}

/** Mail providers where people have their private addresses. */
const WEBMAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'neuf.fr',
  'laposte.net',
  'hotmail.com',
  'hotmail.fr',
  'live.com',
  'live.fr',
  'msn.com',
  'outlook.com',
  'outlook.fr',
  'yahoo.com',
  'yahoo.fr',
  'icloud.com',
  'me.com',
  'aol.com',
  'aol.fr',
  'gmx.fr',
  'gmx.com',
  'protonmail.com',
  'proton.me',
  'bbox.fr',
  'aliceadsl.fr',
  'numericable.fr',
  'club-internet.fr',
]);

/** « marie.dupont », « j-p.martin », « marie_dupont75 »: a first name and a name, maybe digits after. */
const FIRST_AND_LAST_NAME = /^[a-z]+(?:-[a-z]+)*[._][a-z]+(?:-[a-z]+)*\d*$/i;

/**
 * Words of organisations' addresses at webmail providers (« franceservices.florac@ »,
 * « msap.roujan@ », « accueil.caravelles@ »): a part that is one of them, or begins with one of
 * the longer ones, is no person's name. Read on the France Services list (2022), where they leave
 * a handful of some 250 webmail addresses, each a named person's.
 */
const ORGANISATION_WORDS = new Set(
  (
    'fs cc ai cs cap ad rh com cdc mds esp efs rsp msp mfs poms eref csi ccas cias pij bij mjc epn mfr ppms pvs ' +
    'ville pays club aide bus info infos admin bureau pole equipe radio cine jardin ferme ecole sante presse team hello bonjour ' +
    'asso assoc maison espace centre relais point agence atelier projet reseau collectif coop office foyer amicale comite ' +
    'mission emploi gestion direction tresorier tresorerie president presidente compta membres territoire territoires ' +
    'ensemble solidaire village lycee college paroisse syndicat habitat logement festival theatre musique journal entraide secours'
  ).split(' '),
);
const ORGANISATION_PREFIXES = (
  'franceservice service secretar administr informat communaut communic coordin accompagn developp solidar insertion ' +
  'mediath biblioth tourism jeunesse educat cultur sportif animat recrut comptab benevol adherent inscript reservat ' +
  'epicerie ressourcerie recyclerie tierslieu fablab cyber centresocial famille itinerant numeri mairie accueil contact msap commune'
).split(' ');

function isOrganisationWord(word: string): boolean {
  return ORGANISATION_WORDS.has(word) || ORGANISATION_PREFIXES.some((p) => word.startsWith(p));
}

/** `prenom.nom@` at a webmail provider (and no organisation's word in it). */
export function looksPersonal(email: string): boolean {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at).toLowerCase();
  if (!WEBMAIL.has(email.slice(at + 1).toLowerCase()) || !FIRST_AND_LAST_NAME.test(local)) return false;
  return !local
    .replace(/\d+$/, '')
    .split(/[._-]/)
    .some((word) => isOrganisationWord(word));
}

/**
 * The overseas départements and collectivités whose numbers are written as in France (0 then 9
 * digits, « 0262 12 34 56 ») but have their own country calling code, one region per code:
 * Réunion also reads Mayotte's (+262), Guadeloupe Saint-Barthélemy's and Saint-Martin's (+590);
 * Guyane +594, Martinique +596, Saint-Pierre-et-Miquelon +508. Tried before metropolitan France,
 * whose metadata takes some of them (0269, Mayotte's) for +33 numbers.
 */
const OVERSEAS_NUMBERING: readonly CountryCode[] = ['RE', 'GP', 'GF', 'MQ', 'PM'];
const FRENCH_COUNTRIES = new Set<string>(['FR', ...OVERSEAS_NUMBERING, 'YT', 'BL', 'MF']);

/** A phone number as written (« 05 49 12 34 56 », « +262 262 … », « 0590 … ») → its two forms, or undefined. */
export function normalisePhone(text: string): { phone: string; tel: string } | undefined {
  // A national number (0…) may be overseas; an international one (+…, 00…) says its country itself.
  const national = /^0[1-9]/.test(text.trim());
  const regions: readonly CountryCode[] = national ? [...OVERSEAS_NUMBERING, 'FR'] : ['FR'];
  for (const region of regions) {
    const number = parsePhoneNumberFromString(text, region);
    if (number?.isValid() && number.ext === undefined) return { phone: writtenForm(number), tel: number.number };
  }
  return undefined;
}

/** French numbers in pairs of digits (« 05 49 12 34 56 », « 02 62 12 34 56 »), others in international form. */
function writtenForm(number: PhoneNumber): string {
  if (number.country !== undefined && FRENCH_COUNTRIES.has(number.country)) {
    const digits = number.formatNational().replace(/\D/g, '');
    if (/^0\d{9}$/.test(digits)) return digits.replace(/(\d\d)(?=\d)/g, '$1 ');
  }
  return number.formatInternational();
}

function readPhone(raw: string, log: ProblemLog, line: number, column: string): { phone: string; tel: string } | undefined {
  const text = sanitizeText(raw);
  if (text === '') return undefined;
  const first = firstOf(text, 'numéros de téléphone', log, line, column);
  const phone = normalisePhone(first);
  if (!phone) {
    log.warning(
      line,
      column,
      clip(first, MAX_REPORTED),
      'numéro de téléphone invalide (attendu : 10 chiffres, « 05 49 12 34 56 », ou l’indicatif d’un pays, « +32 … »)',
      'ignoré',
    );
  }
  return phone;
}

/** Links are separated by spaces, line ends, `;` or `|` (or a comma before the next address). */
const LINK_SEPARATOR = /[\s;|]+|,(?=\s|https?:|www\.|$)/i;

function readSocialLinks(raw: string, log: ProblemLog, line: number, column: string): string[] {
  const links: string[] = [];
  for (const part of sanitizeText(raw).split(LINK_SEPARATOR)) {
    if (part === '') continue;
    const url = readWebAddress(part, log, line, column);
    if (url !== '' && !links.includes(url)) links.push(url);
  }
  return links;
}
