/**
 * The choice of coverage layer: density by département or région, white zones at 10, 25 or
 * 50 km, or the ranking of fragile and under-served régions. Writes the store's `overlay`.
 */
import { coverageOverlayId, DEFAULT_RANKING_MEASURE, type CoverageOverlay } from '../../domain/coverage-overlay';
import { WHITE_ZONE_DISTANCES } from '../../domain/white-zones';
import type { Lang } from '../../domain/vocabulary';
import { t } from '../../i18n/strings';

interface CoverageChoiceProps {
  lang: Lang;
  overlay: CoverageOverlay | null;
  onChange: (overlayId: string | null) => void;
}

interface Option {
  id: string;
  label: string;
}

export function CoverageChoice({ lang, overlay, onChange }: CoverageChoiceProps) {
  const current = overlay ? coverageOverlayId(overlay) : null;
  const rankingId = overlay?.kind === 'ranking' && current ? current : coverageOverlayId({ kind: 'ranking', measure: DEFAULT_RANKING_MEASURE });
  const groups: { title: string; options: Option[] }[] = [
    {
      title: t('coverage.group.density', lang),
      options: [
        { id: 'coverage', label: t('coverage.option.departement', lang) },
        { id: 'coverage-region', label: t('coverage.option.region', lang) },
      ],
    },
    {
      title: t('coverage.group.white', lang),
      options: WHITE_ZONE_DISTANCES.map((km) => ({ id: `white:${km}`, label: t('coverage.option.white', lang, { km }) })),
    },
    { title: t('coverage.group.ranking', lang), options: [{ id: rankingId, label: t('coverage.option.ranking', lang) }] },
  ];

  return (
    <label className="coverage-choice">
      {t('coverage.choice', lang)}
      <select value={current ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">{t('coverage.none', lang)}</option>
        {groups.map((g) => (
          <optgroup key={g.title} label={g.title}>
            {g.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
