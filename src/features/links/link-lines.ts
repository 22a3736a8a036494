/**
 * What the map draws for the selected actor's neighbourhood: one gently curved line per link
 * (from source to target, so that two links between the same actors in both directions do not
 * overlap) and one point per linked actor. Links that touch an actor outside the current filters
 * are kept and marked `dimmed`, so that the ecosystem is never cut silently. Links with an end
 * that has no place (national networks) or whose two ends share one point cannot be drawn: they
 * are counted, so that the interface can say so.
 */
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { DatasetIndex } from '../../core/dataset-index';
import type { Neighbourhood } from './link-neighbourhood';
import type { LinkType } from '../../core/vocabulary';

export interface LinkLineProperties {
  type: LinkType;
  ring: 1 | 2;
  /** 1 when one end is outside the current filters (numbers, for the map's expressions). */
  dimmed: 0 | 1;
}

export interface LinkedPointProperties {
  id: string;
  /** 0 for the selected actor, 1 or 2 for the linked ones. */
  distance: number;
  dimmed: 0 | 1;
}

export interface LinkLines {
  lines: FeatureCollection<LineString, LinkLineProperties>;
  points: FeatureCollection<Point, LinkedPointProperties>;
  /** Links drawn, and of those, drawn dimmed. */
  drawn: number;
  dimmed: number;
  /** Links not drawn because an end has no place. */
  unplaced: number;
  /** Links not drawn because both ends are placed at the same point. */
  samePlace: number;
}

/** Points per curve; enough for a smooth arc at any zoom the map allows. */
const ARC_SEGMENTS = 16;
/** How far the middle of the arc leaves the straight line, as a share of its length. */
const ARC_BEND = 0.15;

type Data = Pick<DatasetIndex, 'rowOf' | 'columns'>;

export function linkLines(data: Data, hood: Neighbourhood, matches: Uint8Array): LinkLines {
  const positionOf = (id: string): Position | null => {
    const row = data.rowOf.get(id);
    if (row === undefined) return null;
    const lon = data.columns.coords[2 * row] ?? NaN;
    const lat = data.columns.coords[2 * row + 1] ?? NaN;
    return Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null;
  };
  const outside = (id: string): boolean => {
    const row = data.rowOf.get(id);
    return row === undefined || matches[row] !== 1;
  };

  const lines: Feature<LineString, LinkLineProperties>[] = [];
  let unplaced = 0;
  let samePlace = 0;
  let dimmed = 0;
  for (const { link, ring } of hood.links) {
    const from = positionOf(link.source);
    const to = positionOf(link.target);
    if (!from || !to) {
      unplaced += 1;
      continue;
    }
    if (from[0] === to[0] && from[1] === to[1]) {
      samePlace += 1;
      continue;
    }
    const isDimmed = outside(link.source) || outside(link.target);
    if (isDimmed) dimmed += 1;
    lines.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: arc(from, to) },
      properties: { type: link.type, ring, dimmed: isDimmed ? 1 : 0 },
    });
  }

  const points: Feature<Point, LinkedPointProperties>[] = [];
  for (const [id, distance] of hood.distance) {
    const position = positionOf(id);
    if (!position) continue;
    points.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: position },
      properties: { id, distance, dimmed: outside(id) ? 1 : 0 },
    });
  }

  return {
    lines: { type: 'FeatureCollection', features: lines },
    points: { type: 'FeatureCollection', features: points },
    drawn: lines.length,
    dimmed,
    unplaced,
    samePlace,
  };
}

/** A quadratic curve from `a` to `b`, bent to the right of the direction of travel. */
export function arc(a: Position, b: Position, segments: number = ARC_SEGMENTS): Position[] {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const cx = (ax + bx) / 2 + (by - ay) * ARC_BEND;
  const cy = (ay + by) / 2 - (bx - ax) * ARC_BEND;
  const out: Position[] = [];
  for (let i = 0; i <= segments; i += 1) {
    const t = i / segments;
    const u = 1 - t;
    out.push([u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by]);
  }
  return out;
}
