import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type LabelBox } from './label-placement';

const box = (id: string, x: number, y: number, priority = 0, size = 5, width = 100, height = 16): LabelBox => ({
  id,
  x,
  y,
  width,
  height,
  priority,
  size,
  // The node sits left of its label, far from the others' boxes in these cases.
  cx: x - 1000,
  cy: y,
  r: size,
});

describe('placeLabels', () => {
  it('keeps the larger of two colliding labels and both of two apart', () => {
    const kept = placeLabels([box('small', 10, 10, 0, 4), box('large', 50, 15, 0, 12), box('far', 400, 10, 0, 3)]);
    expect(kept.map((b) => b.id)).toEqual(['large', 'far']);
  });

  it('puts priority (open fiche, pointed node) before size', () => {
    const kept = placeLabels([box('hub', 0, 0, 0, 20), box('open', 20, 4, 3, 4)]);
    expect(kept.map((b) => b.id)).toEqual(['open']);
  });

  it('never keeps two overlapping boxes', () => {
    const many = Array.from({ length: 200 }, (_, i) => box(`n${i}`, (i * 37) % 300, (i * 53) % 200, i % 3, i % 7));
    const kept = placeLabels(many);
    for (const a of kept) for (const b of kept) if (a !== b) expect(overlaps(a, b, 0)).toBe(false);
    expect(kept.length).toBeGreaterThan(5);
  });

  it('never covers a labelled node, unless it is the open fiche’s label', () => {
    const hub = { ...box('hub', 500, 500, 0, 20), cx: 60, cy: 18, r: 10 };
    expect(placeLabels([box('near', 0, 10, 0, 4), hub]).map((b) => b.id)).toEqual(['hub']);
    // The open fiche's label always shows; the node under it goes unnamed.
    expect(placeLabels([box('open', 0, 10, 4, 4), hub]).map((b) => b.id)).toEqual(['open']);
    // Nor has its node under a label already kept.
    const under = { ...box('under', 700, 700, 0, 3), cx: 520, cy: 505, r: 3 };
    expect(placeLabels([under, hub]).map((b) => b.id)).toEqual(['hub']);
  });

  it('counts boxes closer than the gap as overlapping', () => {
    expect(overlaps(box('a', 0, 0), box('b', 101, 0))).toBe(true);
    expect(overlaps(box('a', 0, 0), box('b', 103, 0))).toBe(false);
  });
});
