import { describe, expect, it } from 'vitest';
import { frameOf } from './graph-camera';

describe('frameOf', () => {
  it('centres on the nodes with room around them', () => {
    expect(
      frameOf([
        { x: 0.2, y: 0.4 },
        { x: 0.4, y: 0.5 },
      ]),
    ).toEqual({ x: 0.30000000000000004, y: 0.45, ratio: 0.32000000000000006 });
  });

  it('never zooms closer than a few nodes, nor farther than the whole graph', () => {
    expect(frameOf([{ x: 0.5, y: 0.5 }])?.ratio).toBe(0.12);
    expect(
      frameOf([
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ])?.ratio,
    ).toBe(1);
  });

  it('has nothing to frame without nodes', () => {
    expect(frameOf([])).toBeNull();
  });
});
