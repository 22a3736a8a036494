/**
 * A radar of a région's fragility scores beside metropolitan France's, as the IMPACT study draws
 * them (0 at the centre, 10 on the outer circle). An SVG image with a title and a description; the
 * same figures are in the table that goes with it.
 */
import { useId } from 'react';
import { RADAR_MAX, radarPoint, radarPolygon } from './radar';

export interface RadarAxis {
  /** Written on the chart. */
  short: string;
  /** In the axis label's tooltip (and in the table beside the chart). */
  full: string;
}

interface RadarChartProps {
  /** One per score, in order. */
  axes: readonly RadarAxis[];
  region: readonly (number | null)[];
  national: readonly (number | null)[];
  title: string;
  description: string;
  regionLabel: string;
  nationalLabel: string;
}

/** Wider than tall: the axes' names stand left and right of the circle. */
const WIDTH = 440;
const HEIGHT = 290;
const RADIUS = 110;
const LABEL_RADIUS = RADIUS + 10;
const RINGS = [2.5, 5, 7.5, 10];

export function RadarChart({ axes, region, national, title, description, regionLabel, nationalLabel }: RadarChartProps) {
  const id = useId();
  const n = axes.length;
  return (
    <figure className="fragility-radar">
      <svg
        viewBox={`${-WIDTH / 2} ${-HEIGHT / 2} ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="fragility-radar"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {RINGS.map((ring) => (
          <polygon
            key={ring}
            className="radar-ring"
            points={radarPolygon(
              axes.map(() => ring),
              RADIUS,
            )}
          />
        ))}
        {axes.map((axis, i) => {
          const end = radarPoint(i, n, RADAR_MAX, RADIUS);
          const at = radarPoint(i, n, (RADAR_MAX * LABEL_RADIUS) / RADIUS, RADIUS);
          const anchor = Math.abs(at.x) < 4 ? 'middle' : at.x > 0 ? 'start' : 'end';
          // Names above and below the circle sit clear of it.
          const baseline = Math.abs(at.x) < 40 ? (at.y < 0 ? 'auto' : 'hanging') : 'middle';
          return (
            <g key={axis.full}>
              <line className="radar-axis" x1={0} y1={0} x2={end.x} y2={end.y} />
              <text className="radar-label" x={at.x} y={at.y} textAnchor={anchor} dominantBaseline={baseline} data-full={axis.full}>
                <title>{`${i + 1}. ${axis.full}`}</title>
                {axis.short}
              </text>
            </g>
          );
        })}
        <polygon className="radar-national" points={radarPolygon(national, RADIUS)} />
        <polygon className="radar-region" points={radarPolygon(region, RADIUS)} />
      </svg>
      <figcaption className="fragility-radar-key">
        <span className="radar-key radar-key-region" aria-hidden="true" /> {regionLabel}{' '}
        <span className="radar-key radar-key-national" aria-hidden="true" /> {nationalLabel}
      </figcaption>
    </figure>
  );
}
