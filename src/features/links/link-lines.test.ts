import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../core/dataset-index';
import { arc, linkLines } from './link-lines';
import { neighbourhood } from './link-neighbourhood';
import { NETWORK_ACTORS, NETWORK_LINKS } from '../../../tests/fixtures/link-network';

const data = indexDataset(NETWORK_ACTORS, NETWORK_LINKS);
const ALL = new Uint8Array(NETWORK_ACTORS.length).fill(1);
const row = (id: string) => data.rowOf.get(id) ?? -1;

describe('linkLines', () => {
  it('draws one line per link of the neighbourhood, typed and ringed', () => {
    const out = linkLines(data, neighbourhood(data.linksOf, 'A', 1), ALL);
    expect(out.lines.features.map((f) => `${f.properties.type}/${f.properties.ring}/${f.properties.dimmed}`)).toEqual([
      'porte/1/0',
      'financeur/1/0',
      'partenaire/1/0',
    ]);
    expect(out).toMatchObject({ drawn: 3, dimmed: 0, unplaced: 0, samePlace: 0 });
  });

  it('keeps the links to actors outside the filters, dimmed', () => {
    const matches = ALL.slice();
    matches[row('C')] = 0;
    const out = linkLines(data, neighbourhood(data.linksOf, 'A', 1), matches);
    expect(out.drawn).toBe(3);
    expect(out.dimmed).toBe(1);
    expect(out.lines.features.find((f) => f.properties.type === 'partenaire')?.properties.dimmed).toBe(1);
    expect(out.points.features.find((f) => f.properties.id === 'C')?.properties).toEqual({ id: 'C', distance: 1, dimmed: 1 });
  });

  it('counts the links it cannot draw: an end without a place, or both ends at one point', () => {
    // D (3, 48) is at B's point; E has no place.
    const out = linkLines(data, neighbourhood(data.linksOf, 'D', 1), ALL);
    expect(out).toMatchObject({ drawn: 0, unplaced: 1, samePlace: 1 });
    expect(out.points.features.map((f) => f.properties.id).sort()).toEqual(['B', 'D']);
  });

  it('marks the selected actor at distance 0 and the others at their distance', () => {
    const out = linkLines(data, neighbourhood(data.linksOf, 'A', 2), ALL);
    expect(Object.fromEntries(out.points.features.map((f) => [f.properties.id, f.properties.distance]))).toEqual({
      A: 0,
      B: 1,
      C: 1,
      D: 2,
      G: 2,
    });
  });
});

describe('arc', () => {
  it('starts and ends at the two points and bends to the right of travel', () => {
    const points = arc([0, 0], [10, 0], 4);
    expect(points).toHaveLength(5);
    expect(points[0]).toEqual([0, 0]);
    expect(points[4]).toEqual([10, 0]);
    // Middle: halfway along, pulled by half the control offset (0.15 × 10 / 2).
    expect(points[2]?.[0]).toBeCloseTo(5, 9);
    expect(points[2]?.[1]).toBeCloseTo(-0.75, 9);
  });
});
