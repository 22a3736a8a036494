import type { Lang } from '../../core/vocabulary';
import { formatNumber } from '../../shared/i18n/strings';

export interface BreakdownItem {
  key: string;
  label: string;
  count: number;
  /** Swatch colour (the practice colours of the map). */
  color?: string;
}

interface BreakdownProps {
  lang: Lang;
  title: string;
  hint?: string;
  items: readonly BreakdownItem[];
  /** The count that fills a whole bar. */
  scale: number;
  testId: string;
}

/** A titled list of counts with proportional bars. */
export function Breakdown({ lang, title, hint, items, scale, testId }: BreakdownProps) {
  const headingId = `${testId}-title`;
  return (
    <section className="breakdown" aria-labelledby={headingId}>
      <h3 id={headingId} className="breakdown-title">
        {title}
      </h3>
      {hint ? <p className="breakdown-hint">{hint}</p> : null}
      <ul className="breakdown-list" data-testid={testId}>
        {items.map((item) => (
          <li key={item.key} className="breakdown-item" data-key={item.key}>
            <span className="breakdown-label">
              {item.color ? <span className="swatch" style={{ backgroundColor: item.color }} aria-hidden="true" /> : null}
              {item.label}
            </span>
            <span className="breakdown-count" data-count={item.key}>
              {formatNumber(item.count, lang)}
            </span>
            <span className="breakdown-bar" aria-hidden="true">
              <span
                className="breakdown-bar-fill"
                style={{
                  width: `${scale > 0 ? Math.min(100, (item.count / scale) * 100) : 0}%`,
                  backgroundColor: item.color,
                }}
              />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
