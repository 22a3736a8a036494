/** The legend of a coverage layer: its unit, its classes with their colours and how many territories each holds. */
import { classCount, type Classes } from './coverage';
import type { Lang } from '../../core/vocabulary';
import { t, tn } from '../../shared/i18n/strings';
import { HATCH_COLOR } from '../../shared/map/hatch';
import { COMMUNE_COLOR } from './map-layers';

interface CoverageLegendProps {
  lang: Lang;
  title: string;
  classes: Classes;
  palette: readonly string[];
  /** Territories per class. */
  counts: readonly number[];
  level: 'departement' | 'region';
  label: (k: number) => string;
  /** Class 0 hatched (no catalyst). */
  hatchZero: boolean;
  /** The legend of the white zones' commune circles. */
  communes?: string | undefined;
}

export function CoverageLegend({ lang, title, classes, palette, counts, level, label, hatchZero, communes }: CoverageLegendProps) {
  const classesShown = Array.from({ length: classCount(classes) }, (_, k) => k);
  return (
    <div className="coverage-legend" role="group" aria-label={t('coverage.legend', lang)} data-testid="coverage-legend">
      <p className="coverage-legend-title">{title}</p>
      <p className="coverage-legend-head" aria-hidden="true">
        {t(`coverage.legendCount.${level}`, lang)}
      </p>
      <ul>
        {classesShown.map((k) => (
          <li key={k}>
            <svg width="18" height="14" aria-hidden="true">
              {k === 0 && hatchZero ? (
                <>
                  <defs>
                    <pattern id="coverage-hatch-swatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                      <rect width="4" height="4" fill={palette[0]} />
                      <line x1="0" y1="0" x2="0" y2="4" stroke={HATCH_COLOR} strokeWidth="1.5" />
                    </pattern>
                  </defs>
                  <rect x="0.5" y="0.5" width="17" height="13" fill="url(#coverage-hatch-swatch)" stroke="#6b6458" />
                </>
              ) : (
                <rect x="0.5" y="0.5" width="17" height="13" fill={palette[Math.min(k, palette.length - 1)]} stroke="#6b6458" />
              )}
            </svg>
            <span>{label(k)}</span>
            <span className="coverage-legend-count">
              {counts[k] ?? 0}
              <span className="visually-hidden"> {tn(`coverage.classCount.${level}`, counts[k] ?? 0, lang)}</span>
            </span>
          </li>
        ))}
        {communes ? (
          <li>
            <svg width="18" height="14" aria-hidden="true">
              <circle cx="9" cy="7" r="4" fill={COMMUNE_COLOR} stroke="#ffffff" />
            </svg>
            <span>{communes}</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
