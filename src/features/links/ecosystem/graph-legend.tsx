import { PROFILES, type Lang } from '../../../core/vocabulary';
import { t } from '../../../shared/i18n/strings';
import { NO_PROFILE_COLOR, OUTSIDE_COLOR, PROFILE_COLORS } from '../link-palette';

function Dot({ color }: { color: string }) {
  return (
    <svg width="14" height="14" aria-hidden="true">
      <circle cx="7" cy="7" r="6" fill={color} stroke="#1f1f1f" strokeWidth="0.75" />
    </svg>
  );
}

/** Colours of the profiles, the outside nodes, sizes and arrows. The table gives the same in words. */
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
        <li>
          <Dot color={OUTSIDE_COLOR} />
          {t('graph.legend.outside', lang)}
        </li>
      </ul>
      <p>{t('graph.legend.size', lang)}</p>
      <p>{t('graph.legend.edges', lang)}</p>
    </section>
  );
}
