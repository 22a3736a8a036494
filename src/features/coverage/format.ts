/** How the coverage views write their figures and sentences (French first, English second). */
import type { Classes, CountedKind, DensityRow } from './coverage';
import type { WhiteZoneRow } from './white-zones';
import type { Lang } from '../../core/vocabulary';
import { numberFormat } from '../../shared/i18n/formats';
import { formatNumber, t, tn } from '../../shared/i18n/strings';

/** Densities keep two decimals at most: "0,48", "12,5". */
export function formatDensity(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** Shares as percentages with one decimal at most: "12,5 %". */
export function formatShare(value: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

export function countText(kind: CountedKind, n: number, lang: Lang): string {
  return tn(`coverage.count.${kind}`, n, lang);
}

export interface WhiteRow extends WhiteZoneRow {
  name: string;
}

export function readDensity(row: DensityRow, kind: CountedKind, lang: Lang): string {
  if (row.density === null) return t('coverage.read.noPopulation', lang, { name: row.name });
  return t('coverage.read.density', lang, {
    name: row.name,
    density: formatDensity(row.density, lang),
    count: countText(kind, row.count, lang),
    population: formatNumber(row.population, lang),
  });
}

export function readWhite(row: WhiteRow, km: number, lang: Lang): string {
  if (row.share === null) return t('coverage.read.noPopulation', lang, { name: row.name });
  return t('coverage.read.white', lang, {
    name: row.name,
    share: formatShare(row.share, lang),
    km,
    beyond: formatNumber(row.beyond, lang),
    population: formatNumber(row.population, lang),
    communes: tn('coverage.communes', row.communes, lang),
  });
}

export function readCommune(name: string, distance: number, population: number, lang: Lang): string {
  const values = { name, population: formatNumber(population, lang) };
  return distance < 0
    ? t('coverage.read.communeNone', lang, values)
    : t('coverage.read.commune', lang, { ...values, distance: formatNumber(distance, lang) });
}

/** The label of class `k` (see `Classes`), with values written by `format`. */
export function classLabel(k: number, classes: Classes, format: (v: number) => string, zero: string, lang: Lang): string {
  if (k === 0) return zero;
  const { breaks } = classes;
  if (breaks.length === 0) return t('coverage.class.positive', lang);
  const min = breaks[k - 2];
  const max = breaks[k - 1];
  if (min === undefined && max !== undefined) return t('coverage.class.below', lang, { max: format(max) });
  if (min !== undefined && max === undefined) return t('coverage.class.above', lang, { min: format(min) });
  return t('coverage.class.between', lang, { min: format(min ?? 0), max: format(max ?? 0) });
}
