/**
 * The controlled vocabularies of the Atlas: one source of truth for the data pipeline and the
 * app. Every code has a French and an English label; the order of each list is the display order.
 */

export type Lang = 'fr' | 'en';

export interface Term<Code extends string> {
  code: Code;
  fr: string;
  en: string;
  /** Longer French wording, where the short label needs one (tooltips, legends). */
  descriptionFr?: string;
  descriptionEn?: string;
}

function terms<const C extends string, T extends Term<C> = Term<C>>(list: readonly (T & Term<C>)[]) {
  const codes = list.map((t) => t.code) as readonly C[];
  const byCode = new Map<string, T>(list.map((t) => [t.code, t]));
  return {
    list,
    codes,
    is: (value: string): value is C => byCode.has(value),
    get: (code: C): T => byCode.get(code) as T,
    label: (code: C, lang: Lang = 'fr'): string => byCode.get(code)?.[lang] ?? code,
  };
}

/** The four practices of territorial catalysis (seeds 002 and 003). */
export const PRACTICES = terms([
  {
    code: 'dialogue',
    fr: 'Dialogue territorial',
    en: 'Territorial dialogue',
    descriptionFr: 'Se connaître, croiser les regards sur les enjeux partagés (interconnaissance)',
    descriptionEn: 'Getting to know each other and sharing views on common issues',
  },
  {
    code: 'experimentation',
    fr: 'Expérimentations collectives',
    en: 'Collective experiments',
    descriptionFr: 'Co-construire des solutions nouvelles à plusieurs (co-construction)',
    descriptionEn: 'Co-building new solutions together',
  },
  {
    code: 'accompagnement',
    fr: 'Accompagnements',
    en: 'Support',
    descriptionFr: 'Accompagner les acteurs et les projets du territoire',
    descriptionEn: 'Supporting the actors and projects of a territory',
  },
  {
    code: 'lieu',
    fr: "Gestion d'un lieu",
    en: 'Running a venue',
    descriptionFr: 'Animer un lieu ouvert aux acteurs du territoire (tiers-lieu, maison des associations…)',
    descriptionEn: 'Running a place open to local actors (third place, associations house…)',
  },
] as const);
export type Practice = (typeof PRACTICES.codes)[number];

/** The worlds the catalysts come from. */
export const PROFILES = terms([
  { code: 'collectivite', fr: 'Collectivité', en: 'Local authority' },
  { code: 'association', fr: 'Association', en: 'Association' },
  { code: 'entreprise', fr: 'Entreprise', en: 'Company' },
  { code: 'accompagnateur', fr: 'Accompagnateur', en: 'Support organisation' },
  { code: 'institution', fr: 'Institution', en: 'Institution' },
  { code: 'academique', fr: 'Académique', en: 'Academic' },
] as const);
export type Profile = (typeof PROFILES.codes)[number];

export const SCOPES = terms([
  { code: 'local', fr: 'Locale', en: 'Local' },
  { code: 'departemental', fr: 'Départementale', en: 'Département' },
  { code: 'regional', fr: 'Régionale', en: 'Regional' },
  { code: 'national', fr: 'Nationale', en: 'National' },
] as const);
export type Scope = (typeof SCOPES.codes)[number];

export const KINDS = terms([
  { code: 'actor', fr: 'Acteur', en: 'Actor' },
  { code: 'project', fr: 'Projet', en: 'Project' },
] as const);
export type Kind = (typeof KINDS.codes)[number];

/**
 * How exactly an actor's point is known. `coordinates`: the sheet's own coordinates (in or near the
 * commune it names, if any); `commune`: the commune's point; `none`: no place (national network without a seat).
 */
export const PRECISIONS = terms([
  { code: 'coordinates', fr: 'Coordonnées du lieu', en: 'Coordinates of the place' },
  { code: 'commune', fr: 'Commune', en: 'Municipality' },
  { code: 'departement', fr: 'Département (chef-lieu)', en: 'Département (prefecture)' },
  { code: 'region', fr: 'Région (chef-lieu)', en: 'Region (capital)' },
  { code: 'none', fr: 'Sans implantation', en: 'No seat' },
] as const);
export type Precision = (typeof PRECISIONS.codes)[number];

/**
 * Link types. `fr`/`en` read from source to target ("A porte B"); `inverseFr`/`inverseEn` read
 * from target to source ("B est porté par A"). `symmetric` links read the same both ways.
 */
export interface LinkTerm<C extends string> extends Term<C> {
  inverseFr: string;
  inverseEn: string;
  symmetric: boolean;
}

const LINK_TYPE_LIST = [
  { code: 'porte', fr: 'porte', en: 'carries', inverseFr: 'est porté par', inverseEn: 'is carried by', symmetric: false },
  { code: 'partenaire', fr: 'partenaire de', en: 'partner of', inverseFr: 'partenaire de', inverseEn: 'partner of', symmetric: true },
  { code: 'membre', fr: 'membre de', en: 'member of', inverseFr: 'a pour membre', inverseEn: 'has member', symmetric: false },
  { code: 'fondateur', fr: 'a fondé', en: 'founded', inverseFr: 'fondé par', inverseEn: 'founded by', symmetric: false },
  { code: 'financeur', fr: 'finance', en: 'funds', inverseFr: 'financé par', inverseEn: 'funded by', symmetric: false },
] as const satisfies readonly LinkTerm<string>[];

export const LINK_TYPES = {
  ...terms<(typeof LINK_TYPE_LIST)[number]['code'], LinkTerm<(typeof LINK_TYPE_LIST)[number]['code']>>(LINK_TYPE_LIST),
  inverseLabel(code: LinkType, lang: Lang = 'fr'): string {
    const t = LINK_TYPE_LIST.find((x) => x.code === code);
    if (!t) return code;
    return lang === 'fr' ? t.inverseFr : t.inverseEn;
  },
};
export type LinkType = (typeof LINK_TYPE_LIST)[number]['code'];

/** Group names for the fragility dimensions of the IMPACT study. */
export const DIMENSIONS = terms([
  { code: 'economique', fr: 'Économique', en: 'Economic' },
  { code: 'sociale', fr: 'Sociale', en: 'Social' },
  { code: 'societale', fr: 'Sociétale', en: 'Societal' },
  { code: 'environnementale', fr: 'Environnementale', en: 'Environmental' },
] as const);
export type Dimension = (typeof DIMENSIONS.codes)[number];

/**
 * Themes, from the network's documents (the seeds' examples and the "besoins des territoires"
 * of the learning platform). Free-text themes in the data are kept as they are; these are the
 * ones the generator uses and the theme facet lists first among equally used themes.
 */
export const KNOWN_THEMES = [
  'éducation',
  'emploi',
  'numérique',
  'réhabilitation',
  'recherche',
  'RSE',
  'ODD',
  'co-construction',
  'formation',
  'transition écologique',
  'santé',
  'mobilité',
  'alimentation',
  'culture',
  'inclusion',
  'vieillissement',
  'logement',
] as const;

/** English names of the known themes; any other theme is free French text, shown as written. */
const THEME_EN: Readonly<Record<(typeof KNOWN_THEMES)[number], string>> = {
  éducation: 'education',
  emploi: 'employment',
  numérique: 'digital',
  réhabilitation: 'rehabilitation',
  recherche: 'research',
  RSE: 'CSR',
  ODD: 'SDGs',
  'co-construction': 'co-construction',
  formation: 'training',
  'transition écologique': 'ecological transition',
  santé: 'health',
  mobilité: 'mobility',
  alimentation: 'food',
  culture: 'culture',
  inclusion: 'inclusion',
  vieillissement: 'ageing',
  logement: 'housing',
};

/**
 * A theme as the interface shows it: in English the vocabulary's name where it has one; otherwise
 * the theme as written, in French (`french` says so, for `lang="fr"` and a « (FR) » mark).
 */
export function themeLabel(theme: string, lang: Lang): { text: string; french: boolean } {
  if (lang === 'fr') return { text: theme, french: true };
  const en = (THEME_EN as Readonly<Record<string, string>>)[theme];
  return en === undefined ? { text: theme, french: true } : { text: en, french: false };
}
