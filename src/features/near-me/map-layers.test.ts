import { describe, expect, it } from 'vitest';
import { NEAR_LAYERS, NEAR_SOURCE, nearWarmSamples } from './map-layers';

describe('the samples that warm the near-me layers (useWarmLayers)', () => {
  it('give the fill and the outline a polygon, the origin a point, near the two points given', () => {
    const { [NEAR_SOURCE]: near } = nearWarmSamples([2, 47], [2.5, 47]);
    expect(near?.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Point']);
    for (const layer of NEAR_LAYERS) {
      const wanted = (layer.filter as unknown[])[2];
      expect(
        near?.features.some((f) => f.geometry.type === wanted),
        layer.id,
      ).toBe(true);
    }
    expect(near?.features[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [2, 47],
          [2.5, 47],
          [2, 47.25],
          [2, 47],
        ],
      ],
    });
  });
});
