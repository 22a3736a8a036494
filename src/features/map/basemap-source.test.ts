import { featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Basemap } from '../../state/queries';
import { BASEMAP_SOURCE, basemapCollection } from './basemap-source';
import { BASEMAP_LABEL_LAYERS, BASEMAP_LAYERS } from './basemap-layers';
import { codeFilter, coverageFillLayer } from '../coverage/map-layers';
import { actorsAttribution, offlineStyle } from './style';

const square = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, 45],
      [x + 1, 45],
      [x + 1, 46],
      [x, 46],
      [x, 45],
    ],
  ],
});

// Région 11 (Île-de-France) and département 11 (Aude) share a code: only the part tells them apart.
const basemap: Basemap = {
  regions: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: square(2), properties: { code: '11', nom: 'Île-de-France' } }],
  },
  departements: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: square(2), properties: { code: '11', nom: 'Aude', region: '76' } },
      { type: 'Feature', geometry: square(3), properties: { code: '75', nom: 'Paris', region: '11' } },
    ],
  },
  labels: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [2.5, 45.5] },
        properties: { code: '11', nom: 'Île-de-France', level: 'region' },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [2.4, 45.4] },
        properties: { code: '11', nom: 'Aude', level: 'departement' },
      },
    ],
  },
};

/** The names of the features a layer's filter keeps. */
function kept(filter: unknown, features: Feature[]): string[] {
  const test = featureFilter(filter as FilterSpecification, 'filter');
  return features
    .filter((f) =>
      test.filter({ zoom: 5 }, { type: f.geometry.type === 'Point' ? 1 : 3, properties: f.properties ?? {}, geometry: [] } as never),
    )
    .map((f) => String(f.properties?.['nom']));
}

describe('the basemap as one source', () => {
  const collection = basemapCollection(basemap);

  it('holds every feature once, tagged with its part, properties kept', () => {
    expect(collection.features).toHaveLength(5);
    expect(collection.features.map((f) => f.properties?.['part'])).toEqual(['regions', 'departements', 'departements', 'labels', 'labels']);
    expect(collection.features[1]?.properties).toEqual({ code: '11', nom: 'Aude', region: '76', part: 'departements' });
    expect(basemap.departements.features[0]?.properties).not.toHaveProperty('part');
    // Ids for `updateData`, which swaps in the detailed basemap (`basemap-swap.ts`).
    expect(collection.features.map((f) => f.id)).toEqual([0, 1, 2, 3, 4]);
  });

  it('is built once per basemap', () => {
    expect(basemapCollection(basemap)).toBe(collection);
    expect(basemapCollection({ ...basemap })).not.toBe(collection);
  });

  it('gives each basemap layer its own part', () => {
    const byId = Object.fromEntries([...BASEMAP_LAYERS, ...BASEMAP_LABEL_LAYERS].map((l) => [l.id, l]));
    const filterOf = (id: string) => (byId[id] as { filter?: unknown }).filter;
    expect(kept(filterOf('regions-fill'), collection.features)).toEqual(['Île-de-France']);
    expect(kept(filterOf('regions-line'), collection.features)).toEqual(['Île-de-France']);
    expect(kept(filterOf('departements-line'), collection.features)).toEqual(['Aude', 'Paris']);
    expect(kept(filterOf('region-labels'), collection.features)).toEqual(['Île-de-France']);
    expect(kept(filterOf('departement-labels'), collection.features)).toEqual(['Aude']);
  });

  it('keeps the coverage layers to their level, even where codes overlap', () => {
    expect(kept(coverageFillLayer('departement').filter, collection.features)).toEqual(['Aude', 'Paris']);
    expect(kept(codeFilter('departement', ['11']), collection.features)).toEqual(['Aude']);
    expect(kept(codeFilter('region', ['11']), collection.features)).toEqual(['Île-de-France']);
    expect(kept(codeFilter('region', []), collection.features)).toEqual([]);
  });

  it('makes a valid style, with or without the basemap in it', () => {
    expect(validateStyleMin(offlineStyle(basemap))).toEqual([]);
    expect(validateStyleMin(offlineStyle())).toEqual([]);
    const source = offlineStyle(basemap).sources[BASEMAP_SOURCE] as { data: unknown };
    expect(source.data).toBe(collection);
  });

  it('credits the network, and the generated samples only when there are some, in the page language', () => {
    expect(actorsAttribution('fr', true)).toBe('Réseau des pionniers des alliances en Territoire ; données d’exemple générées');
    expect(actorsAttribution('en', true)).toBe('Réseau des pionniers des alliances en Territoire; generated sample data');
    expect(actorsAttribution('fr', false)).toBe('Réseau des pionniers des alliances en Territoire');
  });
});
