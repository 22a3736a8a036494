/**
 * Name patterns for sample organisations and projects. They are generic on purpose and always
 * shown after "Exemple –", so that no sample can be taken for a real organisation.
 */
import type { Profile } from '../../core/vocabulary';

export interface PlaceName {
  /** "Albi" */
  place: string;
  /** "d’Albi" / "de Lyon" */
  of: string;
}

const VOWEL_START = /^[aeiouyhâàéèêëîïôöûüAEIOUYHÂÀÉÈÊËÎÏÔÖÛÜ]/;

export function placeNameParts(place: string): PlaceName {
  return { place, of: VOWEL_START.test(place) ? `d’${place}` : `de ${place}` };
}

type Pattern = (p: PlaceName) => string;

export const PROFILE_NAME_PATTERNS: Record<Profile, Pattern[]> = {
  collectivite: [
    (p) => `Mission coopérations territoriales ${p.of}`,
    (p) => `Service alliances locales ${p.of}`,
    (p) => `Pôle dialogue territorial ${p.of}`,
  ],
  association: [
    (p) => `Maison des coopérations ${p.of}`,
    (p) => `Collectif Agir ensemble ${p.of}`,
    (p) => `Tiers-lieu des Alliances ${p.of}`,
    (p) => `Association Passerelles ${p.of}`,
  ],
  entreprise: [(p) => `Club d’entreprises engagées ${p.of}`, (p) => `Coopérative Liens ${p.of}`, (p) => `Entreprises solidaires ${p.of}`],
  accompagnateur: [
    (p) => `Fabrique d’initiatives ${p.of}`,
    (p) => `Incubateur territorial ${p.of}`,
    (p) => `Agence d’accompagnement ${p.of}`,
  ],
  institution: [(p) => `Fondation territoriale ${p.of}`, (p) => `Fonds d’alliances ${p.of}`, (p) => `Conseil des partenaires ${p.of}`],
  academique: [(p) => `Laboratoire coopérations ${p.of}`, (p) => `Chaire territoires ${p.of}`, (p) => `Observatoire local ${p.of}`],
};

export const PROJECT_NAME_PATTERNS: ((theme: string, place: string) => string)[] = [
  (theme, place) => `Projet « ${theme} » à ${place}`,
  (theme, place) => `Expérimentation ${theme} – ${place}`,
  (theme, place) => `Alliance ${theme} (${place})`,
];

export const NATIONAL_TOPICS = [
  'des tiers-lieux',
  'des alliances locales',
  'des coopérations territoriales',
  'des transitions',
  'des solidarités',
  'de l’innovation sociale',
  'du dialogue citoyen',
  'des entreprises engagées',
  'des territoires ruraux',
  'de l’ingénierie territoriale',
];

export const NATIONAL_NAME_PATTERNS: ((topic: string) => string)[] = [
  (topic) => `Réseau national ${topic}`,
  (topic) => `Fédération ${topic}`,
  (topic) => `Plateforme nationale ${topic}`,
  (topic) => `Union ${topic}`,
];
