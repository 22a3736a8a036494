import { describe, expect, it } from 'vitest';
import { NEAR_LAYERS, NEAR_SOURCE, NEAR_WARM_LAYERS, nearFillLayer, nearWarmSamples } from './map-layers';
import { linkedRingLayers } from '../links/map-layers';

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

describe('the near-me layers’ WebGL programs', () => {
  it('paints with constants only, the fill without its own outline: the basemap’s programs and the rings’', () => {
    for (const layer of NEAR_LAYERS)
      for (const [name, value] of Object.entries(layer.paint ?? {}))
        expect(typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean', `${layer.id} ${name}`).toBe(true);
    expect(nearFillLayer.paint?.['fill-antialias']).toBe(false);
    // The origin is the one layer of a kind the basemap has not: a circle, as the links' rings.
    expect(NEAR_WARM_LAYERS.map((l) => l.type)).toEqual(['circle']);
    expect(Object.keys(NEAR_WARM_LAYERS[0].paint ?? {}).sort()).toEqual(
      Object.keys(linkedRingLayers[0]?.paint ?? {})
        .filter((k) => k !== 'circle-color')
        .concat('circle-color')
        .sort(),
    );
  });
});
