/** How the workshop's completeness and freshness panels write shares (French first, English second). */
import type { Lang } from '../../../core/vocabulary';
import { numberFormat } from '../../../shared/i18n/formats';

/** A share (0–1) as a whole percentage, « 42 % ». */
export function formatPercent(share: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
