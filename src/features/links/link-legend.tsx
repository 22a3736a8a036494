import { LINK_TYPES, type Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { LINK_STYLES, LINKED_RING, OUTSIDE_LINE_COLOR, SELECTED_RING, svgDash } from './link-palette';

const SAMPLE_WIDTH = 2.5;

/** How the map draws links: each type with its colour and its own dash pattern, and the marks. */
export function LinkLegend({ lang }: { lang: Lang }) {
  return (
    <div className="link-legend" data-testid="link-legend">
      <p className="detail-link-type">{t('links.legend.title', lang)}</p>
      <ul>
        {LINK_TYPES.list.map((term) => {
          const style = LINK_STYLES[term.code];
          return (
            <li key={term.code}>
              <svg width="36" height="10" aria-hidden="true">
                <line
                  x1="2"
                  y1="5"
                  x2="34"
                  y2="5"
                  stroke={style.color}
                  strokeWidth={SAMPLE_WIDTH}
                  strokeDasharray={svgDash(style, SAMPLE_WIDTH)}
                />
              </svg>
              {term[lang]}
            </li>
          );
        })}
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="2" y1="5" x2="34" y2="5" stroke={LINK_STYLES.porte.color} strokeWidth="1.5" />
          </svg>
          {t('links.legend.depth2', lang)}
        </li>
        <li data-testid="link-legend-outside">
          <svg width="36" height="14" aria-hidden="true">
            <line x1="2" y1="7" x2="20" y2="7" stroke={OUTSIDE_LINE_COLOR} strokeWidth={SAMPLE_WIDTH} />
            <circle cx="28" cy="7" r="5.5" fill="none" stroke={OUTSIDE_LINE_COLOR} strokeWidth="2" />
          </svg>
          {t('links.legend.dimmed', lang)}
        </li>
        <li>
          <svg width="36" height="14" aria-hidden="true">
            <circle cx="18" cy="7" r="5.5" fill="none" stroke={SELECTED_RING} strokeWidth="2" />
          </svg>
          {t('links.legend.selected', lang)}
        </li>
        <li>
          <svg width="36" height="14" aria-hidden="true">
            <circle cx="18" cy="7" r="5.5" fill="none" stroke={LINKED_RING} strokeWidth="2" />
          </svg>
          {t('links.legend.linked', lang)}
        </li>
      </ul>
      <p className="detail-note">{t('links.legend.direction', lang)}</p>
    </div>
  );
}
