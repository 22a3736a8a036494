import { describe, expect, it } from 'vitest';
import { FOLDED_LEGEND_BELOW, legendStartsFolded } from './legend-fold';

describe('legendStartsFolded', () => {
  it('folds the legend in a frame under 700 px tall, not from 700 px on', () => {
    expect(FOLDED_LEGEND_BELOW).toBe(700);
    expect(legendStartsFolded(450)).toBe(true);
    expect(legendStartsFolded(699)).toBe(true);
    expect(legendStartsFolded(700)).toBe(false);
    expect(legendStartsFolded(900)).toBe(false);
  });
});
