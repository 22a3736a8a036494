/**
 * "Fragile and under-served": the 13 metropolitan régions ranked by a fragility measure of the
 * IMPACT programme, each with its coverage for the current filters, the sources, and how much of
 * what is counted is sample data. The chosen measure is in the URL (`overlay=ranking:<measure>`).
 */
import { useMemo } from 'react';
import { countedTotals, type DensityRow } from './coverage';
import { coverageOverlayId } from '../../core/overlays';
import { fragilityMeasures, rankRegions, type RankingRow } from './coverage-ranking';
import type { FragilityData } from '../../core/fragility-data';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { formatDensity } from './format';
import { SortTable, type Column } from './sort-table';

interface RankingPanelProps {
  lang: Lang;
  data: FragilityData;
  measure: string;
  regions: readonly DensityRow[];
  active: string | null;
  onActivate: (code: string) => void;
  onOverlay: (overlayId: string) => void;
}

type RankedRow = RankingRow & { rank: number };

export function RankingPanel({ lang, data, measure, regions, active, onActivate, onOverlay }: RankingPanelProps) {
  const measures = useMemo(() => fragilityMeasures(data), [data]);
  const chosen = measures.find((m) => m.id === measure);
  const rows = useMemo<RankedRow[]>(
    () => (rankRegions(data, measure, regions) ?? []).map((row, i) => ({ ...row, rank: i + 1 })),
    [data, measure, regions],
  );
  const totals = countedTotals(rows);
  const label = (m: { labelFr: string; labelEn: string }) => (lang === 'fr' ? m.labelFr : m.labelEn);

  const columns: Column<RankedRow>[] = [
    {
      key: 'name',
      label: t('ranking.col.region', lang),
      sortValue: (r) => r.name,
      render: (r) => (
        <>
          <span className="coverage-rank">{r.rank}.</span> {r.name}
        </>
      ),
    },
    {
      key: 'fragility',
      label: t('ranking.col.fragility', lang),
      numeric: true,
      initial: 'descending',
      sortValue: (r) => r.fragility,
      render: (r) => (r.fragility === null ? '—' : formatDensity(r.fragility, lang)),
    },
    {
      key: 'density',
      label: t('coverage.col.density', lang),
      numeric: true,
      sortValue: (r) => r.density,
      render: (r) => (r.density === null ? '—' : formatDensity(r.density, lang)),
    },
    {
      key: 'priority',
      label: t('ranking.col.priority', lang),
      initial: 'descending',
      sortValue: (r) => (r.priority ? 1 : 0),
      render: (r) => (r.priority ? <strong>{t('ranking.priority.yes', lang)}</strong> : t('ranking.priority.no', lang)),
    },
  ];

  return (
    <section className="coverage-ranking" aria-labelledby="coverage-ranking-title" data-testid="coverage-ranking">
      <h3 id="coverage-ranking-title">{t('ranking.title', lang)}</h3>
      <label className="coverage-measure">
        {t('ranking.measure', lang)}
        <select value={chosen ? measure : ''} onChange={(e) => onOverlay(coverageOverlayId({ kind: 'ranking', measure: e.target.value }))}>
          {chosen ? null : <option value="">—</option>}
          <optgroup label={t('ranking.dimensions', lang)}>
            {measures.filter((m) => m.kind === 'dimension').map((m) => (
              <option key={m.id} value={m.id}>
                {label(m)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('ranking.indices', lang)}>
            {measures.filter((m) => m.kind === 'index').map((m) => (
              <option key={m.id} value={m.id}>
                {label(m)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <p className="coverage-sample-warning" data-testid="coverage-ranking-sample">
        {t('ranking.sample', lang, { counted: totals.counted, real: totals.real, sample: totals.sample })}
      </p>
      {chosen ? (
        <>
          <SortTable
            key={measure}
            caption={t('ranking.caption', lang, { measure: label(chosen) })}
            rows={rows}
            columns={columns}
            initialSort={{ column: 'fragility', direction: 'descending' }}
            headerColumn="name"
            active={active}
            onActivate={onActivate}
            testId="coverage-ranking-table"
          />
          <p>{t('ranking.explain', lang)}</p>
          <p className="coverage-note">{lang === 'fr' ? data.source.scaleFr : data.source.scaleEn}</p>
        </>
      ) : (
        <p role="alert">{t('ranking.unknown', lang, { id: measure })}</p>
      )}
      <p className="coverage-note">{t('ranking.sources', lang, { credit: data.source.credit })}</p>
    </section>
  );
}
