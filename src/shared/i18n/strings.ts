/**
 * Every interface string, in French (the default) and English. Placeholders are written `{name}`
 * and filled by `t(key, lang, values)`. Labels of the data's own vocabularies (practices,
 * profiles…) live in `src/domain/vocabulary.ts`, not here.
 */
import type { Lang } from '../../core/vocabulary';
import { longDateFormat, numberFormat, pluralRules } from './formats';
import { exploreEn, exploreFr } from '../../features/filters/strings';
import { linksEn, linksFr } from '../../features/links/strings';
import { ecosystemEn, ecosystemFr } from '../../features/links/ecosystem/strings';
import type { duplicatesFr } from '../../features/workshop/duplicates/strings';
import { listEn, listFr } from '../../features/list/strings';
import { coverageEn, coverageFr } from '../../features/coverage/strings';
import { embedEn, embedFr } from '../../features/embed-page/strings';
import { fragilityEn, fragilityFr } from '../../features/fragility/strings';
import { nearEn, nearFr } from '../../features/near-me/strings';
import { tiledEn, tiledFr } from '../../features/map/tiled-strings';
import { robustnessEn, robustnessFr } from './strings-robustness';
import { ficheEn, ficheFr } from '../../features/fiche/strings';
import type { completenessFr } from '../../features/workshop/completeness/strings';
import type { freshnessFr } from '../../features/workshop/freshness/strings';
import type { workshopFr } from '../../features/workshop/strings';
import type { openFr } from '../../features/workshop/open/strings';
import { previewEn, previewFr } from '../../features/workshop/preview/strings';
import type { publishFr } from '../../features/workshop/publish/strings';
import { proposalsEn, proposalsFr } from '../../features/proposals/strings';
import type { reportFr } from '../../features/workshop/report/strings';
import type { moderationFr } from '../../features/workshop/moderation/strings';

export const DEFAULT_LANG: Lang = 'fr';

const shellFr = {
  'app.title': 'Atlas des catalyseurs territoriaux',
  'app.tagline': 'Les organisations du Réseau des pionniers des alliances en Territoire, sur la carte de France',
  'skip.label': 'Accès rapide',
  'skip.toMap': 'Aller à la carte',
  'skip.toList': 'Aller à la liste',
  'skip.toGraph': 'Aller au graphe',
  'skip.toLayers': 'Aller aux calques',
  'skip.toSummary': 'Aller aux filtres',

  'notice.sample.title': 'Données de démonstration',
  'notice.sample.dismiss': 'Masquer le bandeau',
  'notice.sample.body':
    '{sample} des {total} fiches sont des données d’exemple générées pour la démonstration, signalées comme telles : elles ne décrivent pas des organisations réelles.',

  'panel.title': 'Le jeu de données',
  'panel.show': 'Afficher',
  'panel.hide': 'Masquer',
  'panel.toggleObject': 'le résumé',

  'status.loading': 'Chargement des données…',
  'status.loadingMap': 'Chargement de la carte…',
  'status.loadingActors': 'Chargement des fiches…',

  'error.title': 'Les données n’ont pas pu être chargées.',
  'error.retry': 'Réessayer',
  'error.reason.network': 'Le fichier {file} est inaccessible (réseau indisponible ?).',
  'error.reason.http': 'Le serveur a répondu « {status} » pour le fichier {file}.',
  'error.reason.json': 'Le fichier {file} n’est pas un fichier JSON valide.',
  'error.reason.shape': 'Le fichier {file} n’a pas la forme attendue.',
  'error.reason.unknown': 'Erreur inattendue : {message}',

  'summary.records_one': 'fiche',
  'summary.records_other': 'fiches',
  'summary.sampleShare_one': 'dont {n} donnée d’exemple générée, signalée comme telle',
  'summary.sampleShare_other': 'dont {n} données d’exemple générées, signalées comme telles',
  'summary.group.kind': 'Nature',
  'summary.group.origin': 'Origine',
  'summary.group.place': 'Implantation',
  'summary.group.links': 'Relations',
  'summary.actors': 'Acteurs',
  'summary.projects': 'Projets',
  'summary.real': 'Fiches réelles',
  'summary.sample': 'Données d’exemple',
  'summary.located': 'Localisées sur la carte',
  'summary.unlocated': 'Sans implantation (réseaux nationaux)',
  'summary.links': 'Liens entre fiches',
  'summary.byPractice': 'Par pratique',
  'summary.byPracticeHint': 'Une fiche peut relever de plusieurs pratiques ; la couleur sur la carte est celle de la première.',
  'summary.byProfile': 'Par profil',
  'summary.byScope': 'Par échelle d’action',
  'summary.unknown': 'Non renseigné',
  'summary.builtAt': 'Jeu de données construit le {date}.',

  'map.label': 'Carte des catalyseurs',
  'map.attribution.network': 'Réseau des pionniers des alliances en Territoire',
  'map.attribution.sample': 'données d’exemple générées',
  'map.unsupported.title': 'La carte ne peut pas être affichée.',
  'map.unsupported.body':
    'Votre navigateur ne permet pas l’affichage WebGL nécessaire à la carte. Le résumé et la liste des catalyseurs restent disponibles.',

  'maplibre.title': 'Carte interactive : flèches pour se déplacer, + et − pour zoomer',
  'maplibre.zoomIn': 'Zoomer',
  'maplibre.zoomOut': 'Dézoomer',
  'maplibre.resetBearing': 'Faire glisser pour pivoter la carte, cliquer pour revenir au nord',
  'maplibre.toggleAttribution': 'Afficher ou masquer les sources',
  'maplibre.close': 'Fermer',
} as const;

const fr = {
  ...shellFr,
  ...exploreFr,
  ...listFr,
  ...coverageFr,
  ...embedFr,
  ...nearFr,
  ...tiledFr,
  ...fragilityFr,
  ...robustnessFr,
  ...ficheFr,
  ...linksFr,
  ...ecosystemFr,
  ...previewFr,
  ...proposalsFr,
} as const;

/**
 * The data workshop's strings (its own page, `atelier.html`): not in the atlas's code, which never
 * shows them (~17 KB gzipped less for every visitor); the workshop adds them when it loads
 * (`features/workshop/workshop-i18n.ts`, `addStrings`).
 */
type WorkshopStrings = typeof duplicatesFr &
  typeof completenessFr &
  typeof freshnessFr &
  typeof workshopFr &
  typeof openFr &
  typeof publishFr &
  typeof reportFr &
  typeof moderationFr;

export type StringKey = keyof typeof fr | keyof WorkshopStrings;

const shellEn: Record<keyof typeof shellFr, string> = {
  'app.title': 'Atlas of territorial catalysts',
  'app.tagline': 'The organisations of the Réseau des pionniers des alliances en Territoire, on the map of France',
  'skip.label': 'Skip links',
  'skip.toMap': 'Skip to the map',
  'skip.toList': 'Skip to the list',
  'skip.toGraph': 'Skip to the graph',
  'skip.toLayers': 'Skip to the layers',
  'skip.toSummary': 'Skip to the filters',

  'notice.sample.title': 'Demonstration data',
  'notice.sample.dismiss': 'Dismiss the banner',
  'notice.sample.body':
    '{sample} of the {total} records are generated sample data, flagged as such: they do not describe real organisations.',

  'panel.title': 'The dataset',
  'panel.show': 'Show',
  'panel.hide': 'Hide',
  'panel.toggleObject': 'the summary',

  'status.loading': 'Loading data…',
  'status.loadingMap': 'Loading the map…',
  'status.loadingActors': 'Loading the records…',

  'error.title': 'The data could not be loaded.',
  'error.retry': 'Try again',
  'error.reason.network': 'The file {file} cannot be reached (network down?).',
  'error.reason.http': 'The server answered “{status}” for the file {file}.',
  'error.reason.json': 'The file {file} is not valid JSON.',
  'error.reason.shape': 'The file {file} does not have the expected shape.',
  'error.reason.unknown': 'Unexpected error: {message}',

  'summary.records_one': 'record',
  'summary.records_other': 'records',
  'summary.sampleShare_one': 'including {n} generated sample record, flagged as such',
  'summary.sampleShare_other': 'including {n} generated sample records, flagged as such',
  'summary.group.kind': 'Kind',
  'summary.group.origin': 'Origin',
  'summary.group.place': 'Location',
  'summary.group.links': 'Relations',
  'summary.actors': 'Actors',
  'summary.projects': 'Projects',
  'summary.real': 'Real records',
  'summary.sample': 'Sample data',
  'summary.located': 'Located on the map',
  'summary.unlocated': 'No seat (national networks)',
  'summary.links': 'Links between records',
  'summary.byPractice': 'By practice',
  'summary.byPracticeHint': 'A record may have several practices; its colour on the map is that of the first one.',
  'summary.byProfile': 'By profile',
  'summary.byScope': 'By scope of action',
  'summary.unknown': 'Not specified',
  'summary.builtAt': 'Dataset built on {date}.',

  'map.label': 'Map of the catalysts',
  'map.attribution.network': 'Réseau des pionniers des alliances en Territoire',
  'map.attribution.sample': 'generated sample data',
  'map.unsupported.title': 'The map cannot be displayed.',
  'map.unsupported.body':
    'Your browser does not support the WebGL rendering the map needs. The summary and the list of catalysts remain available.',

  'maplibre.title': 'Interactive map: arrow keys to pan, + and − to zoom',
  'maplibre.zoomIn': 'Zoom in',
  'maplibre.zoomOut': 'Zoom out',
  'maplibre.resetBearing': 'Drag to rotate the map, click to reset north',
  'maplibre.toggleAttribution': 'Show or hide the sources',
  'maplibre.close': 'Close',
};

const en: Record<keyof typeof fr, string> = {
  ...shellEn,
  ...exploreEn,
  ...listEn,
  ...coverageEn,
  ...embedEn,
  ...nearEn,
  ...tiledEn,
  ...fragilityEn,
  ...robustnessEn,
  ...ficheEn,
  ...linksEn,
  ...ecosystemEn,
  ...previewEn,
  ...proposalsEn,
};

const STRINGS: Record<Lang, Partial<Record<StringKey, string>>> = { fr: { ...fr }, en: { ...en } };

/** Adds a page's own strings (the workshop's), in both languages, to those `t` knows. */
export function addStrings<K extends StringKey>(french: Readonly<Record<K, string>>, english: Readonly<Record<K, string>>): void {
  Object.assign(STRINGS.fr, french);
  Object.assign(STRINGS.en, english);
}

/**
 * The interface string `key` in `lang`, with `{name}` placeholders replaced by `values`. A key of
 * strings not added on this page (`addStrings`) gives the key itself, never an exception.
 */
export function t(key: StringKey, lang: Lang = DEFAULT_LANG, values: Readonly<Record<string, string | number>> = {}): string {
  const template = STRINGS[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** Keys that come in `_one` / `_other` forms. */
type PluralBase<K extends string> = K extends `${infer B}_one` ? B : never;
export type PluralKey = PluralBase<StringKey>;

/** The singular or plural form of `key` for the count `n` (French: 0 and 1 are singular). */
export function tn(key: PluralKey, n: number, lang: Lang = DEFAULT_LANG, values: Readonly<Record<string, string | number>> = {}): string {
  const form = pluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, lang, { n, ...values });
}

export function formatNumber(n: number, lang: Lang = DEFAULT_LANG): string {
  return numberFormat(lang).format(n);
}

export function formatDate(iso: string, lang: Lang = DEFAULT_LANG): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return longDateFormat(lang).format(date);
}
