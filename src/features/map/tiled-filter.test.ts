import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../core/filters';
import { clusterCount, countsAreBounds, nearestFromTiles, pointMatches, tilesAround, unsupportedFilters } from './tiled-filter';

const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });

const cluster = {
  cluster_id: 7,
  point_count: 10,
  p_dialogue: 6,
  p_lieu: 5,
  p_experimentation: 0,
  p_accompagnement: 1,
  k_actor: 7,
  k_project: 3,
  f_association: 4,
  f_collectivite: 6,
};
const point = { row: 3, id: 'a3', name: 'Exemple – A', p_dialogue: 1, p_lieu: 0, k_actor: 1, k_project: 0, f_association: 1 };

describe('tiled filters', () => {
  it('counts a cluster exactly for one practice, or values of one exclusive facet', () => {
    expect(clusterCount(cluster, EMPTY_FILTERS)).toEqual({ count: 10, exact: true });
    expect(clusterCount(cluster, f({ practices: ['lieu'] }))).toEqual({ count: 5, exact: true });
    expect(clusterCount(cluster, f({ kinds: ['project'] }))).toEqual({ count: 3, exact: true });
    expect(clusterCount(cluster, f({ profiles: ['association', 'collectivite'] }))).toEqual({ count: 10, exact: true });
    expect(clusterCount(cluster, f({ practices: ['experimentation'] }))).toEqual({ count: 0, exact: true });
  });

  it('gives an upper bound for several practices or several facets', () => {
    // Two practices: 6 + 5 = 11 > 10 rows, so the bound is the cluster's size.
    expect(clusterCount(cluster, f({ practices: ['dialogue', 'lieu'] }))).toEqual({ count: 10, exact: false });
    expect(clusterCount(cluster, f({ practices: ['dialogue'], kinds: ['project'] }))).toEqual({ count: 3, exact: false });
    expect(countsAreBounds(f({ practices: ['dialogue'], kinds: ['project'] }))).toBe(true);
    expect(countsAreBounds(f({ practices: ['dialogue'] }))).toBe(false);
  });

  it('filters a point on its flags, across facets', () => {
    expect(pointMatches(point, f({ practices: ['dialogue'] }))).toBe(true);
    expect(pointMatches(point, f({ practices: ['lieu'] }))).toBe(false);
    expect(pointMatches(point, f({ practices: ['lieu', 'dialogue'], profiles: ['association'] }))).toBe(true);
    expect(pointMatches(point, f({ kinds: ['project'] }))).toBe(false);
  });

  it('names the filters the tiles cannot apply', () => {
    expect(unsupportedFilters(f({ text: 'tiers-lieu', themes: ['énergie'], data: 'real' }))).toEqual(['themes', 'data', 'text']);
    expect(unsupportedFilters(f({ practices: ['lieu'] }))).toEqual([]);
  });
});

describe('near me on the tiles', () => {
  it('reads few tiles around a place, as deep as it can', () => {
    const small = tilesAround(-0.34, 46.58, 5, 14);
    expect(small.length).toBeLessThanOrEqual(16);
    expect(small[0]?.z).toBeGreaterThanOrEqual(11);
    const wide = tilesAround(-0.34, 46.58, 100, 14);
    expect(wide.length).toBeLessThanOrEqual(16);
    expect(wide[0]?.z).toBeLessThan(small[0]?.z ?? 0);
  });

  it('ranks the matching points and groups within the radius, each once', () => {
    const here = { lon: 2.35, lat: 48.85 };
    const features = [
      { lon: 2.36, lat: 48.85, props: point },
      { lon: 2.36, lat: 48.85, props: point }, // the same point from a neighbouring tile
      { lon: 2.4, lat: 48.86, props: cluster },
      { lon: 2.5, lat: 48.9, props: { ...point, row: 4, name: 'Exemple – B', p_dialogue: 0, p_lieu: 1 } },
      { lon: 5.0, lat: 45.0, props: { ...point, row: 5 } }, // far away
    ];
    const all = nearestFromTiles(features, here.lon, here.lat, 20, EMPTY_FILTERS);
    expect(all.total).toBe(12);
    expect(all.items.map((i) => i.name)).toEqual(['Exemple – A', null, 'Exemple – B']);
    const lieu = nearestFromTiles(features, here.lon, here.lat, 20, f({ practices: ['lieu'] }));
    expect(lieu).toMatchObject({ total: 6, exact: true });
    expect(lieu.items.map((i) => i.count)).toEqual([5, 1]);
  });
});
