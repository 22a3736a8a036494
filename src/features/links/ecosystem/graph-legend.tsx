import { PROFILES, type Lang } from '../../../core/vocabulary';
import { t } from '../../../shared/i18n/strings';
import { NO_PROFILE_COLOR, OUTSIDE_COLOR, PROFILE_COLORS } from '../link-palette';
import { BRIDGE_RING } from './graph-label';
import { paled } from './graph-colors';

function Dot({ color, ring }: { color: string; ring?: boolean }) {
  return (
    <svg width="18" height="18" aria-hidden="true">
      {ring ? <circle cx="9" cy="9" r="8" fill="none" stroke={BRIDGE_RING} strokeWidth="2" /> : null}
      <circle cx="9" cy="9" r={ring ? 5 : 6} fill={color} stroke="#1f1f1f" strokeWidth="0.75" />
    </svg>
  );
}

/**
 * Colours of the profiles; grey for the fiches outside the filters and pale colours for those not
 * linked to the open fiche, which never look alike; the bridges' ring; sizes and arrows. The
 * table gives the same in words.
 */
export function GraphLegend({ lang }: { lang: Lang }) {
  return (
    <section className="graph-legend" aria-labelledby="graph-legend-title" data-testid="graph-legend">
      <h3 id="graph-legend-title">{t('graph.legend', lang)}</h3>
      <p>{t('graph.legend.profiles', lang)}</p>
      <ul>
        {PROFILES.list.map((p) => (
          <li key={p.code}>
            <Dot color={PROFILE_COLORS[p.code]} />
            {p[lang]}
          </li>
        ))}
        <li>
          <Dot color={NO_PROFILE_COLOR} />
          {t('graph.legend.noProfile', lang)}
        </li>
      </ul>
      <ul>
        <li data-testid="legend-outside">
          <Dot color={OUTSIDE_COLOR} />
          {t('graph.legend.outside', lang)}
        </li>
        <li data-testid="legend-unlinked">
          <Dot color={paled(PROFILE_COLORS.collectivite)} />
          <Dot color={paled(PROFILE_COLORS.association)} />
          {t('graph.legend.unlinked', lang)}
        </li>
        <li data-testid="legend-bridge">
          <Dot color={NO_PROFILE_COLOR} ring />
          {t('graph.legend.bridge', lang)}
        </li>
      </ul>
      <p>{t('graph.legend.size', lang)}</p>
      <p>{t('graph.legend.edges', lang)}</p>
    </section>
  );
}
