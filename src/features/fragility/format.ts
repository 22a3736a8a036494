/** Wording of the fragility figures: values with their unit, scores, trends, the reading of a région. */
import type { FragilityData, FragilityIndex } from '../../core/fragility-data';
import type { Trend } from './fragility';
import { indexReading, overlayIndex, overlayScore, isScoredRegion, type FragilityOverlay } from './fragility-overlay';
import { DIMENSIONS, type Lang } from '../../core/vocabulary';
import { numberFormat } from '../../shared/i18n/formats';
import { formatNumber, t } from '../../shared/i18n/strings';
import { indexLabel } from './index-labels';

/** Units written without a space before them. */
const TIGHT_UNITS = new Set<string>([]);

export function formatValue(value: number, unit: string, lang: Lang): string {
  const n = formatNumber(value, lang);
  if (unit === '') return n;
  return TIGHT_UNITS.has(unit) ? `${n}${unit}` : `${n}\u00a0${unit}`;
}

export function formatScore(score: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 1 }).format(score);
}

export function trendText(trend: Trend, lang: Lang): string {
  return t(`fragility.trend.${trend}`, lang);
}

export { indexLabel } from './index-labels';

export function careNote(index: FragilityIndex, lang: Lang): string | undefined {
  return lang === 'fr' ? index.careNoteFr : index.careNoteEn;
}

export function valueNote(index: FragilityIndex, lang: Lang): string | undefined {
  return lang === 'fr' ? index.valueNoteFr : index.valueNoteEn;
}

export function overlayTitle(data: FragilityData, overlay: FragilityOverlay, lang: Lang): string {
  const index = overlayIndex(data, overlay);
  if (index) return indexLabel(index, lang);
  const dimension = overlay.kind === 'dimension' ? DIMENSIONS.label(overlay.dimension, lang) : '';
  return t('fragility.option.dimension', lang, { dimension });
}

/** The value of an index as the reader should see it (with its year). */
export function indexValueText(index: FragilityIndex, code: string, lang: Lang): string | null {
  const entry = index.values[code];
  if (!entry) return null;
  return t('fragility.read.value', lang, { value: formatValue(entry.value, index.unit, lang), year: index.year });
}

/** The lines that describe a région for the overlay: value, previous value, trend, score. */
export function readingLines(data: FragilityData, overlay: FragilityOverlay, code: string, lang: Lang): string[] {
  if (!isScoredRegion(code)) return [t('fragility.read.nodata', lang)];
  const index = overlayIndex(data, overlay);
  if (!index) {
    const score = overlayScore(data, overlay, code);
    return score === null ? [t('fragility.read.nodata', lang)] : [t('fragility.read.meanScore', lang, { score: formatScore(score, lang) })];
  }
  const reading = indexReading(index, code);
  if (!reading) return [t('fragility.read.nodata', lang)];
  const lines = [t('fragility.read.value', lang, { value: formatValue(reading.value, reading.unit, lang), year: reading.year })];
  if (reading.previous !== null && reading.previousYear !== null) {
    lines.push(
      t('fragility.read.previous', lang, { value: formatValue(reading.previous, reading.unit, lang), year: reading.previousYear }),
    );
  } else lines.push(t('fragility.read.noPrevious', lang));
  if (index.indicatorKind === 'growth' && reading.previousYear !== null) {
    const growth = index.values[code]?.indicator ?? 0;
    lines.push(
      t('fragility.read.growth', lang, { previousYear: reading.previousYear, year: reading.year, growth: formatNumber(growth, lang) }),
    );
  }
  if (reading.trend) lines.push(trendText(reading.trend, lang));
  lines.push(t('fragility.read.score', lang, { score: formatScore(reading.score, lang) }));
  return lines;
}
