/**
 * The legend of the fragility overlay: the 0–10 scale with, for an index, the real figures at
 * both ends (and the régions that hold them), metropolitan France's position on the scale, the
 * hatching of the overseas régions, and the credit.
 */
import type { FragilityData } from '../../core/fragility-data';
import { indicesOf, nationalScore, overlayIndex, scaleEnds, type FragilityOverlay } from './fragility-overlay';
import type { Lang } from '../../core/vocabulary';
import { formatNumber, t } from '../../shared/i18n/strings';
import { FRAGILITY_PALETTE } from './map-layers';
import { formatScore, formatValue, overlayTitle } from './format';
import { DESCRIPTIVE_INDICES } from './fragility';

interface FragilityLegendProps {
  lang: Lang;
  data: FragilityData;
  overlay: FragilityOverlay;
  /** The scale alone (the folded layers control): no figures at the ends, no credit. */
  compact?: boolean;
}

const GRADIENT = `linear-gradient(to right, ${FRAGILITY_PALETTE.join(', ')})`;

export function FragilityLegend({ lang, data, overlay, compact = false }: FragilityLegendProps) {
  const index = overlayIndex(data, overlay);
  const national = nationalScore(data, overlay);
  const names = (codes: readonly string[]) => codes.map((c) => data.regions.find((r) => r.code === c)?.name ?? c).join(', ');
  const figure = (indicator: number) =>
    index?.indicatorKind === 'growth' ? `× ${formatNumber(indicator, lang)}` : formatValue(indicator, index?.unit ?? '', lang);
  const ends = index ? scaleEnds(data, index) : null;
  const nationalValue = index ? index.values[data.national.code] : undefined;
  // A descriptive index (the source's « diversité ») has a low and a high end, not a favourable and a critical one.
  const descriptive = index !== null && DESCRIPTIVE_INDICES.has(index.id);

  return (
    <div className="fragility-legend" data-testid={compact ? 'fragility-legend-compact' : 'fragility-legend'}>
      <p className="fragility-legend-title">{compact ? overlayTitle(data, overlay, lang) : t('fragility.legend.title', lang)}</p>
      <div className="fragility-scale">
        <div className="fragility-bar" style={{ backgroundImage: GRADIENT }} aria-hidden="true">
          {national === null ? null : (
            <span className="fragility-france-mark" style={{ left: `${Math.min(100, Math.max(0, national * 10))}%` }} />
          )}
        </div>
        <div className="fragility-scale-ends">
          <span>{t(descriptive ? 'fragility.legend.low' : 'fragility.legend.favourable', lang)}</span>
          <span>{t(descriptive ? 'fragility.legend.high' : 'fragility.legend.critical', lang)}</span>
        </div>
      </div>
      {compact ? null : ends ? (
        <ul className="fragility-legend-ends">
          <li>
            0 – {t('fragility.legend.end', lang, { regions: names(ends.favourable.codes), value: figure(ends.favourable.indicator) })}
          </li>
          <li>10 – {t('fragility.legend.end', lang, { regions: names(ends.critical.codes), value: figure(ends.critical.indicator) })}</li>
        </ul>
      ) : overlay.kind === 'dimension' ? (
        <p className="fragility-note">{t('fragility.legend.dimension', lang, { n: indicesOf(data, overlay.dimension).length })}</p>
      ) : null}
      {national === null ? null : (
        <p className="fragility-legend-france">
          <span className="fragility-france-key" aria-hidden="true" />{' '}
          {nationalValue && index
            ? t('fragility.legend.franceValue', lang, {
                score: formatScore(national, lang),
                value: formatValue(nationalValue.value, index.unit, lang),
              })
            : t('fragility.legend.france', lang, { score: formatScore(national, lang) })}
        </p>
      )}
      <p className="fragility-legend-nodata">
        <span className="fragility-hatch-key" aria-hidden="true" /> {t('fragility.nodata', lang)}
      </p>
      {compact ? null : <p className="fragility-credit">{t('fragility.credit', lang, { credit: data.source.credit })}</p>}
    </div>
  );
}
