/** Interface strings of the near-me search, merged into `strings.ts`; distance and place wording. */
import type { Lang } from '../../core/vocabulary';
import { numberFormat } from '../../shared/i18n/formats';

export const nearFr = {
  'near.title': 'Près de chez moi',
  'near.intro': 'Les catalyseurs les plus proches d’une commune ou de votre position, selon les filtres choisis.',
  'near.inputLabel': 'Commune, code postal ou code INSEE',
  'near.placeholder': 'ex. Poitiers, 86000',
  'near.suggestions': 'Communes proposées',
  'near.clear': 'Effacer',
  'near.clearLabel': 'Effacer le lieu choisi',
  'near.loadingPlaces': 'Chargement de la liste des communes…',
  'near.choosePostcode': 'Plusieurs communes ont ce code postal : choisissez la vôtre dans la liste.',
  'near.chooseHomonyms': 'Plusieurs communes portent ce nom : choisissez la vôtre dans la liste (département entre parenthèses).',
  'near.chooseFromList': 'Choisissez une commune dans la liste.',
  'near.suggestionCount_one': '{n} commune proposée : flèches haut et bas pour la parcourir, Entrée pour la choisir.',
  'near.suggestionCount_other': '{n} communes proposées : flèches haut et bas pour les parcourir, Entrée pour choisir.',
  'near.noPlace': 'Aucune commune ne correspond à « {text} ». Vérifiez l’orthographe, ou saisissez un code postal.',
  'near.unknownCode': 'Lieu « près de » inconnu ignoré : aucune commune n’a le code INSEE « {code} ».',
  'near.locate': 'Utiliser ma position',
  'near.locating': 'Localisation en cours…',
  'near.geo.denied':
    'Vous avez refusé l’accès à votre position. Saisissez plutôt une commune ou un code postal, ou autorisez la localisation dans les réglages du navigateur.',
  'near.geo.unavailable': 'Votre position n’a pas pu être déterminée. Saisissez plutôt une commune ou un code postal.',
  'near.geo.timeout': 'La localisation prend trop de temps. Réessayez, ou saisissez une commune ou un code postal.',
  'near.geo.unsupported': 'Ce navigateur ne sait pas donner votre position. Saisissez une commune ou un code postal.',
  'near.radius': 'Rayon',
  'near.radiusValue': '{n} km',
  'near.myPosition': 'Ma position',
  'near.ofMyPosition': 'de votre position',
  'near.ofPoint': 'du point {lat} ; {lon}',
  'near.summary_one': '{n} fiche à moins de {radius} km {place}.',
  'near.summary_other': '{n} fiches à moins de {radius} km {place}.',
  'near.summaryNone': 'Aucune fiche à moins de {radius} km {place}.',
  'near.nationals_one': '{n} réseau national intervient partout.',
  'near.nationals_other': '{n} réseaux nationaux interviennent partout.',
  'near.nothingPlaced': 'Aucune fiche placée sur la carte ne correspond aux filtres.',
  'near.resultsLabel': 'Les plus proches, du plus près au plus loin',
  'near.beyondTitle': 'Les plus proches, au-delà de {radius} km',
  'near.widen': 'Élargir à {radius} km',
  'near.approx': 'approx.',
  'near.approxLong': ' : position approximative, placé au chef-lieu',
  'near.approxNote':
    'approx. : l’adresse exacte n’est pas connue ; la fiche est placée au chef-lieu de son département (ou de sa région) et sa distance n’est qu’indicative.',
  'near.showMore': 'Afficher {n} de plus',
  'near.nationalsTitle': 'Réseaux nationaux qui interviennent partout',
  'near.nationalsHint': 'Ils ne sont pas classés par distance : ils agissent sur tout le territoire.',
  'near.showAllNationals': 'Afficher les {n} réseaux',
  'near.fewerNationals': 'Afficher moins de réseaux',
  'near.mapNote': 'Cercle de {radius} km {place} tracé sur la carte.',
  'near.offer.noMatch': 'Aucune fiche ne correspond à « {text} ».',
  'near.offer.around': 'Chercher près de {place}',
} as const;

export const nearEn: Record<keyof typeof nearFr, string> = {
  'near.title': 'Near me',
  'near.intro': 'The catalysts nearest to a municipality or to your position, within the chosen filters.',
  'near.inputLabel': 'Municipality, postcode or INSEE code',
  'near.placeholder': 'e.g. Poitiers, 86000',
  'near.suggestions': 'Suggested municipalities',
  'near.clear': 'Clear',
  'near.clearLabel': 'Clear the chosen place',
  'near.loadingPlaces': 'Loading the list of municipalities…',
  'near.choosePostcode': 'Several municipalities share this postcode: choose yours in the list.',
  'near.chooseHomonyms': 'Several municipalities have this name: choose yours in the list (département in brackets).',
  'near.chooseFromList': 'Choose a municipality in the list.',
  'near.suggestionCount_one': '{n} municipality suggested: up and down arrows to browse, Enter to choose.',
  'near.suggestionCount_other': '{n} municipalities suggested: up and down arrows to browse, Enter to choose.',
  'near.noPlace': 'No municipality matches “{text}”. Check the spelling, or type a postcode.',
  'near.unknownCode': 'Unknown “near” place ignored: no municipality has the INSEE code “{code}”.',
  'near.locate': 'Use my position',
  'near.locating': 'Locating…',
  'near.geo.denied':
    'You refused access to your position. Type a municipality or a postcode instead, or allow location in the browser’s settings.',
  'near.geo.unavailable': 'Your position could not be found. Type a municipality or a postcode instead.',
  'near.geo.timeout': 'Locating is taking too long. Try again, or type a municipality or a postcode.',
  'near.geo.unsupported': 'This browser cannot give your position. Type a municipality or a postcode.',
  'near.radius': 'Radius',
  'near.radiusValue': '{n} km',
  'near.myPosition': 'My position',
  'near.ofMyPosition': 'of your position',
  'near.ofPoint': 'of the point {lat}, {lon}',
  'near.summary_one': '{n} record within {radius} km {place}.',
  'near.summary_other': '{n} records within {radius} km {place}.',
  'near.summaryNone': 'No record within {radius} km {place}.',
  'near.nationals_one': '{n} national network works everywhere.',
  'near.nationals_other': '{n} national networks work everywhere.',
  'near.nothingPlaced': 'No record placed on the map matches the filters.',
  'near.resultsLabel': 'The nearest, from nearest to farthest',
  'near.beyondTitle': 'The nearest, beyond {radius} km',
  'near.widen': 'Widen to {radius} km',
  'near.approx': 'approx.',
  'near.approxLong': ': approximate position, placed at the prefecture',
  'near.approxNote':
    'approx.: the exact address is not known; the record is placed at its département’s (or region’s) prefecture and its distance is only indicative.',
  'near.showMore': 'Show {n} more',
  'near.nationalsTitle': 'National networks that work everywhere',
  'near.nationalsHint': 'They are not ranked by distance: they work all over the country.',
  'near.showAllNationals': 'Show all {n} networks',
  'near.fewerNationals': 'Show fewer networks',
  'near.mapNote': '{radius} km circle {place} drawn on the map.',
  'near.offer.noMatch': 'No record matches “{text}”.',
  'near.offer.around': 'Search near {place}',
};

/** "12,3 km" (French) or "12.3 km", with a no-break space before the unit. */
export function formatKm(km: number, lang: Lang): string {
  return `${numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(km)}\u00a0km`;
}

const VOWEL_START = /^[aeiouyhàâäéèêëîïôöûüÿæœ]/i;

/**
 * "de Poitiers", "d’Angers", "du Mans", "des Mureaux", "de La Rochelle" (French); "of Poitiers".
 */
export function ofPlace(name: string, lang: Lang): string {
  if (lang === 'en') return `of ${name}`;
  const le = /^Le (.+)$/.exec(name);
  if (le) return `du ${le[1]}`;
  const les = /^Les (.+)$/.exec(name);
  if (les) return `des ${les[1]}`;
  if (/^L['’]/.test(name)) return `de ${name}`;
  return VOWEL_START.test(name) ? `d’${name}` : `de ${name}`;
}
