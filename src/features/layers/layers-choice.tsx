/**
 * The one choice of the map's overlay: none, the IMPACT fragility indices grouped by dimension
 * (each group opening with the dimension's summary), or one of the coverage layers (density by
 * département or région, white zones at 10, 25 or 50 km, the ranking of fragile and under-served
 * régions). Writes the store's `overlay`. The fragility groups appear once their file is loaded.
 */
import { coverageOverlayId, DEFAULT_RANKING_MEASURE, parseCoverageOverlay } from '../../core/overlays';
import type { FragilityData, FragilityIndex } from '../../core/fragility-data';
import { fragilityOverlayId } from '../../core/overlays';
import { indicesOf } from '../fragility/fragility-overlay';
import { indexLabel } from '../fragility/index-labels';
import { WHITE_ZONE_DISTANCES } from '../coverage/white-zones';
import { DIMENSIONS, type Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';

interface LayersChoiceProps {
  lang: Lang;
  /** The store's overlay id (a known one: unknown ids are dropped when the URL is read). */
  overlayId: string | null;
  fragility: FragilityData | undefined;
  onChange: (overlayId: string | null) => void;
}

interface Option {
  id: string;
  label: string;
}

export function LayersChoice({ lang, overlayId, fragility, onChange }: LayersChoiceProps) {
  const coverage = parseCoverageOverlay(overlayId);
  const rankingId =
    coverage?.kind === 'ranking' && overlayId ? overlayId : coverageOverlayId({ kind: 'ranking', measure: DEFAULT_RANKING_MEASURE });
  const fragilityGroups: { title: string; options: Option[] }[] = fragility
    ? DIMENSIONS.list.map((d) => ({
        title: t('fragility.group', lang, { dimension: DIMENSIONS.label(d.code, lang) }),
        options: [
          {
            id: fragilityOverlayId({ kind: 'dimension', dimension: d.code }),
            label: t('fragility.option.dimension', lang, { dimension: DIMENSIONS.label(d.code, lang) }),
          },
          ...indicesOf(fragility, d.code).map((index) => ({
            id: fragilityOverlayId({ kind: 'index', index: index.id }),
            label: careLabel(index, lang),
          })),
        ],
      }))
    : [];
  const groups: { title: string; options: Option[] }[] = [
    ...fragilityGroups,
    {
      title: `${t('layers.group.coverage', lang)} – ${t('coverage.group.density', lang)}`,
      options: [
        { id: 'coverage', label: t('coverage.option.departement', lang) },
        { id: 'coverage-region', label: t('coverage.option.region', lang) },
      ],
    },
    {
      title: `${t('layers.group.coverage', lang)} – ${t('coverage.group.white', lang)}`,
      options: WHITE_ZONE_DISTANCES.map((km) => ({ id: `white:${km}`, label: t('coverage.option.white', lang, { km }) })),
    },
    {
      title: `${t('layers.group.coverage', lang)} – ${t('coverage.group.ranking', lang)}`,
      options: [{ id: rankingId, label: t('coverage.option.ranking', lang) }],
    },
  ];
  const known = overlayId === null || groups.some((g) => g.options.some((o) => o.id === overlayId));

  return (
    <label className="coverage-choice">
      {t('layers.choice', lang)}
      <select value={overlayId ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">{t('layers.none', lang)}</option>
        {/* A fragility id from a link, before its file is loaded: kept selected meanwhile. */}
        {known || overlayId === null ? null : <option value={overlayId}>…</option>}
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

/** An index's label; for one the source reads its own way, a pointer to the note that explains it. */
function careLabel(index: FragilityIndex, lang: Lang): string {
  const label = indexLabel(index, lang);
  return index.careNoteFr === undefined ? label : t('fragility.option.care', lang, { label });
}
