/**
 * Headers as other people's sheets write them (public lists, exports of other tools), beyond the
 * aliases the pipeline reads by itself (`ACTOR_COLUMNS`, `LINK_COLUMNS`): the workshop proposes
 * them, the person confirms, and the choice goes into `sources.json`. Compared folded (`foldText`:
 * `lib_fs` is `lib fs`).
 */
import { foldText } from '../../../core/grammar/text';
import { ACTOR_COLUMNS, LINK_COLUMNS } from '../../../pipeline/columns';

export type SheetRole = 'actors' | 'links';
export type ActorField = keyof typeof ACTOR_COLUMNS;
export type LinkField = keyof typeof LINK_COLUMNS;

/** Whole headers that name a field. */
const ACTOR_SYNONYMS: Readonly<Partial<Record<ActorField, readonly string[]>>> = {
  id: ['identifiant de la structure', 'code structure', 'reference', 'ref'],
  name: [
    'lib fs',
    'libelle',
    'raison sociale',
    'nom de la structure',
    'nom structure',
    'nom de l organisation',
    'nom de l organisme',
    'nom de l acteur',
    'nom du lieu',
    'denomination',
    'intitule',
    'structure',
    'organisation',
    'organisme',
  ],
  kind: ['nature de la fiche', 'acteur ou projet'],
  practices: ['pratiques de catalyse', 'type de pratique'],
  profile: ['type de structure', 'famille d acteur', 'monde'],
  scope: ['echelle d action', 'echelle d intervention', 'niveau d intervention', 'territoire d action'],
  themes: ['thematiques', 'domaines', 'domaine', 'mots cles', 'tags', 'secteur', 'secteurs'],
  description: ['descriptif', 'objet', 'activites', 'missions', 'resume'],
  role: [],
  website: ['site internet', 'site web', 'adresse web', 'adresse du site', 'web', 'internet', 'www', 'lien'],
  region: ['insee reg', 'code reg', 'reg', 'code de la region', 'num region'],
  departement: ['insee dep', 'code dep', 'code du departement', 'num dep', 'numero de departement', 'dept', 'dpt', 'departement code'],
  commune: ['insee com', 'code insee', 'insee', 'codgeo', 'code geo', 'depcom', 'code commune insee', 'cog', 'com'],
  communeName: ['lib com', 'nom commune', 'nom de la commune', 'libelle commune', 'localite', 'libelle de la commune', 'ville'],
  postcode: ['cp', 'code postal', 'zip', 'zipcode', 'zip code', 'postal code', 'code postal commune'],
  lat: ['y', 'lat wgs84', 'latitude wgs84', 'coord y', 'gps lat', 'y wgs84'],
  lon: ['x', 'long', 'lon wgs84', 'longitude wgs84', 'coord x', 'gps lon', 'gps long', 'x wgs84'],
  sources: ['references', 'document source', 'documents'],
  locationBasis: [],
  sample: ['donnee fictive', 'fictif'],
  verifiedAt: ['date de mise a jour', 'mise a jour', 'mis a jour le', 'maj', 'date maj', 'derniere mise a jour', 'verifie'],
  street: ['adresse de la structure', 'adresse du siege', 'numero et voie', 'ligne adresse', 'adresse ligne 1'],
  email: ['adresse de messagerie', 'mail contact', 'email contact', 'courriel de contact'],
  phone: ['telephone fixe', 'tel fixe', 'telephone standard', 'standard'],
  contactPage: ['lien contact', 'url contact', 'formulaire en ligne'],
  social: ['facebook', 'linkedin', 'instagram', 'twitter', 'mastodon'],
  hours: ['heures d ouverture au public', 'jours et horaires', 'ouverture'],
  contactPublic: ['accord de publication', 'publication du contact', 'consentement'],
};

const LINK_SYNONYMS: Readonly<Partial<Record<LinkField, readonly string[]>>> = {
  source: ['acteur source', 'structure source', 'id source', 'source id', 'acteur 1', 'structure 1', 'organisation 1', 'origine'],
  target: [
    'acteur cible',
    'structure cible',
    'id cible',
    'target id',
    'acteur 2',
    'structure 2',
    'organisation 2',
    'partenaire',
    'destination',
  ],
  type: ['type de relation', 'nature du lien', 'nature de la relation', 'type lien', 'lien'],
  note: ['remarque', 'remarques', 'commentaires', 'notes', 'precision', 'precisions', 'description'],
  sources: ['source du lien', 'references', 'reference', 'documents'],
  sample: ['donnee fictive', 'fictif'],
};

/**
 * Words that, anywhere in a header, point to a field: weaker than a whole header (« code INSEE de
 * la mairie » is likely the commune, not certainly).
 */
const ACTOR_WORDS: readonly [readonly string[], ActorField][] = [
  [['insee', 'com'], 'commune'],
  [['nom', 'commune'], 'communeName'],
  [['lib', 'commune'], 'communeName'],
  [['commune'], 'commune'],
  [['ville'], 'communeName'],
  [['postal'], 'postcode'],
  [['cp'], 'postcode'],
  [['latitude'], 'lat'],
  [['lat'], 'lat'],
  [['longitude'], 'lon'],
  [['lon'], 'lon'],
  [['lng'], 'lon'],
  [['departement'], 'departement'],
  [['dep'], 'departement'],
  [['region'], 'region'],
  [['site'], 'website'],
  [['url'], 'website'],
  [['web'], 'website'],
  [['id'], 'id'],
  [['identifiant'], 'id'],
  [['nom'], 'name'],
  [['lib'], 'name'],
  [['theme'], 'themes'],
  [['thematique'], 'themes'],
  [['description'], 'description'],
  [['pratique'], 'practices'],
  [['profil'], 'profile'],
  [['echelle'], 'scope'],
  [['verification'], 'verifiedAt'],
  [['verifie'], 'verifiedAt'],
  [['mail'], 'email'],
  [['courriel'], 'email'],
  [['email'], 'email'],
  [['telephone'], 'phone'],
  [['tel'], 'phone'],
  [['portable'], 'phone'],
  [['adresse'], 'street'],
  [['rue'], 'street'],
  [['voie'], 'street'],
  [['horaires'], 'hours'],
  [['publiable'], 'contactPublic'],
];

const LINK_WORDS: readonly [readonly string[], LinkField][] = [
  [['source'], 'source'],
  [['cible'], 'target'],
  [['target'], 'target'],
  [['type'], 'type'],
  [['relation'], 'type'],
  [['note'], 'note'],
  [['commentaire'], 'note'],
];

/**
 * What the model keeps no field for, by the words of a header: the column is to be ignored. A day's
 * opening hours are a part of the hours field, not the whole (one column per field).
 */
const NO_FIELD_WORDS: readonly [readonly string[], string][] = [
  [['lundi'], 'horaires d’un seul jour'],
  [['mardi'], 'horaires d’un seul jour'],
  [['mercredi'], 'horaires d’un seul jour'],
  [['jeudi'], 'horaires d’un seul jour'],
  [['vendredi'], 'horaires d’un seul jour'],
  [['samedi'], 'horaires d’un seul jour'],
  [['dimanche'], 'horaires d’un seul jour'],
  [['complement'], 'complément d’adresse'],
  [['fax'], 'fax'],
  [['siret'], 'numéro SIRET'],
  [['siren'], 'numéro SIREN'],
  [['responsable'], 'nom d’une personne'],
  [['referent'], 'nom d’une personne'],
  [['contact'], 'contact'],
];

export type HeaderMatch =
  { field: string; strength: 'alias' | 'synonym' | 'word' } | { field: 'ignore'; strength: 'noField'; what: string } | { field: undefined };

/** What a header says, in this order: the pipeline's own alias, a synonym, a field's word, a known kind of column the model has no field for. */
export function matchHeader(header: string, role: SheetRole): HeaderMatch {
  const folded = foldText(header);
  if (folded === '') return { field: undefined };
  const aliases: Readonly<Record<string, readonly string[]>> = role === 'actors' ? ACTOR_COLUMNS : LINK_COLUMNS;
  const synonyms: Readonly<Record<string, readonly string[]>> = role === 'actors' ? ACTOR_SYNONYMS : LINK_SYNONYMS;
  for (const [field, names] of Object.entries(aliases)) if (names.includes(folded)) return { field, strength: 'alias' };
  for (const [field, names] of Object.entries(synonyms)) if (names.includes(folded)) return { field, strength: 'synonym' };
  const words = folded.split(' ');
  // A column the model cannot hold is said before a field's word: « nom du contact » is no actor's name.
  for (const [needed, what] of NO_FIELD_WORDS) if (hasWords(words, needed)) return { field: 'ignore', strength: 'noField', what };
  const fieldWords: readonly [readonly string[], string][] = role === 'actors' ? ACTOR_WORDS : LINK_WORDS;
  for (const [needed, field] of fieldWords) if (hasWords(words, needed)) return { field, strength: 'word' };
  return { field: undefined };
}

function hasWords(words: readonly string[], needed: readonly string[]): boolean {
  return needed.every((n) => words.includes(n));
}

/** The fields of a sheet of this role, in the model's order. */
export function fieldsOf(role: SheetRole): string[] {
  return Object.keys(role === 'actors' ? ACTOR_COLUMNS : LINK_COLUMNS);
}
