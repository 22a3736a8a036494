/** Why a pair of rows may be one organisation, in words: « noms proches (92 %), à 0,4 km ; même site web ». */
import type { Lang } from '../../../core/vocabulary';
import { numberFormat } from '../../../shared/i18n/formats';
import { t } from '../workshop-i18n';
import type { DuplicatePair } from './duplicate-pairs';

type Explained = Pick<DuplicatePair, 'reasons' | 'nameSimilarity' | 'distanceKm' | 'place'>;

export function explainPair(pair: Explained, lang: Lang = 'fr'): string {
  const place = placeText(pair, lang);
  const parts: string[] = [];
  if (pair.reasons.includes('name')) {
    const name =
      pair.nameSimilarity >= 1
        ? t('duplicates.why.sameName', lang)
        : t('duplicates.why.closeNames', lang, { percent: formatPercent(pair.nameSimilarity, lang) });
    parts.push(place ? `${name}, ${place}` : name);
  }
  if (pair.reasons.includes('website')) parts.push(t('duplicates.why.sameWebsite', lang));
  if (pair.reasons.includes('email')) parts.push(t('duplicates.why.sameEmail', lang));
  // Without a close name the place comes last: « même site web ; à 120 km ».
  if (!pair.reasons.includes('name') && place) parts.push(place);
  return parts.join(' ; ');
}

function placeText(pair: Explained, lang: Lang): string {
  switch (pair.place) {
    case 'same-commune':
      return t('duplicates.why.sameCommune', lang);
    case 'same-departement':
      return t('duplicates.why.sameDepartement', lang);
    case 'same-region':
      return t('duplicates.why.sameRegion', lang);
    case 'no-place':
      return t('duplicates.why.noPlace', lang);
    case 'near':
    case 'far':
      return pair.distanceKm === null ? '' : t('duplicates.why.distance', lang, { km: formatKm(pair.distanceKm, lang) });
  }
}

/** "92 %" (French, with a no-break space) or "92%". */
export function formatPercent(share: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(Math.floor(share * 100) / 100);
}

/** "0,4 km", "12 km". */
export function formatKm(km: number, lang: Lang): string {
  const digits = km < 10 ? 1 : 0;
  return `${numberFormat(lang, { maximumFractionDigits: digits }).format(km)}\u00a0km`;
}
