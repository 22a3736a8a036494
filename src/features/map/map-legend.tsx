/** The map's legend: practice colours, the two shapes of actors and projects, groups and stacks. */
import { useState } from 'react';
import { PRACTICES, type Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { PRACTICE_COLORS } from '../../shared/palette';

export function MapLegend({ lang }: { lang: Lang }) {
  // A short embed frame marks the page so that the legend starts folded (`embed-page/legend-fold.ts`).
  const [open, setOpen] = useState(() => document.documentElement.dataset['legendFolded'] !== 'true');
  return (
    <section className="map-legend" aria-labelledby="map-legend-title" data-testid="map-legend">
      <h2 id="map-legend-title">
        <button type="button" aria-expanded={open} aria-controls="map-legend-body" onClick={() => setOpen((o) => !o)}>
          {t('legend.title', lang)}
          <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
        </button>
      </h2>
      <div id="map-legend-body" hidden={!open}>
        <ul>
          {PRACTICES.list.map((p) => (
            <li key={p.code}>
              <svg width="14" height="14" aria-hidden="true">
                <circle cx="7" cy="7" r="6" fill={PRACTICE_COLORS[p.code]} stroke="#1f1f1f" />
              </svg>
              {p[lang]}
            </li>
          ))}
        </ul>
        <ul>
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <circle cx="7" cy="7" r="6" fill="#ffffff" stroke="#1f1f1f" />
            </svg>
            {t('legend.actor', lang)}
          </li>
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <path d="M7,1 L13,7 L7,13 L1,7 Z" fill="#ffffff" stroke="#1f1f1f" />
            </svg>
            {t('legend.project', lang)}
          </li>
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <circle cx="7" cy="7" r="5" fill="none" stroke={PRACTICE_COLORS.dialogue} strokeWidth="3" />
              <circle cx="7" cy="7" r="6.5" fill="none" stroke="#1f1f1f" />
            </svg>
            {t('legend.cluster', lang)}
          </li>
          <li>{t('legend.split', lang)}</li>
        </ul>
      </div>
    </section>
  );
}
