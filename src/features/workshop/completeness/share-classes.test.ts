import { describe, expect, it } from 'vitest';
import { departementClasses, shareClass, SHARE_PALETTE } from './share-classes';

describe('the completeness map’s classes', () => {
  it('cut the share of complete fiches in four quarters, each bound in the upper class', () => {
    expect([0, 0.24, 0.25, 0.49, 0.5, 0.74, 0.75, 1].map(shareClass)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(SHARE_PALETTE).toHaveLength(4);
  });

  it('class the départements with fiches, not the fiches without one', () => {
    const row = (code: string, completeShare: number) => ({
      code,
      region: '',
      count: 2,
      complete: 1,
      completeShare,
      meanQualification: 0.5,
    });
    expect([...departementClasses([row('86', 0.5), row('2A', 1), row('', 0)])]).toEqual([
      ['86', 2],
      ['2A', 3],
    ]);
  });
});
