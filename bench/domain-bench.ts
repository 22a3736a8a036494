/**
 * What the page computes, timed in node on one dataset: indexes, a filter change up to the
 * clusters to draw (the app's way and the previous rebuild-per-filter way), facet counts, text
 * search, near-me, and the memory the indexes hold.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Supercluster, { type PointFeature } from 'supercluster';
import { CLUSTER_OPTIONS, ClusterIndex } from '../src/core/cluster-index';
import { indexDataset } from '../src/core/dataset-index';
import { applyFilters } from '../src/core/filters';
import { findNearby, nearbyColumns } from '../src/features/near-me/nearby';
import { buildSearchIndex } from '../src/core/search';
import { pickThemes, THEMES_PAGE } from '../src/features/filters/theme-options';
import { actorsToCsv } from '../src/features/list/export';
import { createAtlasStore } from '../src/state/store';
import { createRandom } from '../src/pipeline/sample/random';
import { DEFAULT_RADIUS } from '../src/core/url-state';
import type { BenchDataset } from './datasets';
import { filterChanges } from './filter-changes';
import { sortedRows } from './list-sort';
import { timeEach, timeOnce, type Timing } from './stats';

/** Filter changes per dataset (the p95 of 200 is the 10th slowest). */
export const FILTER_CHANGES = 200;
const NEAR_ORIGINS = 200;
const SEARCH_QUERIES = [
  'tiers-lieu',
  'lyon',
  'transition',
  'agricult',
  'numerique',
  'jeunes',
  'mobilite',
  'sante',
  'culture',
  'alimentation',
  'marseille',
  'cooperation',
];
const SEARCH_ROUNDS = 5;
/** Sorts of the whole list per order (a 100,000-row sort takes a while: a few are enough). */
const LIST_SORT_ROUNDS = 5;

/** The two views a filter change is drawn in: all of France, then a city's surroundings. */
export const VIEWS: { bbox: [number, number, number, number]; zoom: number }[] = [
  { bbox: [-7.6, 39.7, 12, 52.7], zoom: 5 },
  { bbox: [3.9, 45.2, 5.8, 46.3], zoom: 8 },
];

export interface DomainFigures {
  size: number;
  placed: number;
  /** The pipeline on the generated sheets, once (measured when the dataset was generated). */
  pipelineMs: number;
  /** indexDataset: rows by id, filter table, coordinates, links by actor. */
  datasetIndexMs: number;
  /** The text search index, built when the search is first used. */
  searchIndexMs: number;
  /** The cluster hierarchy over all placed actors (once per dataset, in the worker). */
  clusterBuildMs: number;
  /** Filter change → items to draw: count the matches per node, read the view's nodes. */
  filterToClusters: Timing;
  /** The same with a supercluster rebuilt on the matching points at every change (before). */
  filterToClustersRebuild: Timing;
  facetCounts: Timing;
  /** A filter change through the store: the derived filter result, once for every reader. */
  storeFilterChange: Timing;
  /** The theme facet's options (12 most used) from a filter result's counts. */
  themeFacet: Timing;
  /** The CSV export of every actor, formulas neutralised in every fragment. */
  csvExportMs: number;
  search: Timing;
  nearMe: Timing;
  /** The list's first rows of a dataset, every actor by name (with any order the list prepares once). */
  listSortFirstMs: number;
  /** The list's rows, every actor, sorted by name (the default order), then by place. */
  listSortName: Timing;
  listSortPlace: Timing;
  /** Heap held by the dataset index and the cluster index, MB. */
  heapMb: number;
}

export function benchDomain(dataset: BenchDataset, regions: readonly string[]): DomainFigures {
  const features = dataset.actors.features;
  const gc = exposeGc();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const data = timeOnce(() => indexDataset(features, dataset.links));
  const searchIndex = timeOnce(() => buildSearchIndex(features));
  const clusters = timeOnce(() => new ClusterIndex(data.value.columns));
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const changes = filterChanges(FILTER_CHANGES, regions).map((f) => applyFilters(data.value.table, f).matches);
  let view = 0;
  const filterToClusters = timeEach(changes, (matches) => {
    const v = VIEWS[view++ % VIEWS.length] ?? VIEWS[0];
    clusters.value.load(matches);
    return v ? clusters.value.items(v.bbox, v.zoom) : [];
  });
  view = 0;
  const filterToClustersRebuild = timeEach(changes, (matches) => {
    const v = VIEWS[view++ % VIEWS.length] ?? VIEWS[0];
    const index = rebuild(data.value.columns.coords, matches);
    return v ? index.getClusters(v.bbox, v.zoom) : [];
  });

  const filters = filterChanges(FILTER_CHANGES, regions, 11);
  const facetCounts = timeEach(filters, (f) => applyFilters(data.value.table, f));
  const store = createAtlasStore();
  store.getState().setData(features, dataset.links);
  const storeFilterChange = timeEach(filters, (f) => store.setState({ filters: f }));
  const results = filters.map((f) => applyFilters(data.value.table, f).counts.themes);
  const themeFacet = timeEach(results, (counts) =>
    pickThemes(data.value.table.themes, counts, { query: '', limit: THEMES_PAGE, selected: [] }),
  );
  const csvExport = timeOnce(() => actorsToCsv(features));

  const queries = Array.from({ length: SEARCH_ROUNDS }, () => SEARCH_QUERIES).flat();
  const search = timeEach(queries, (q) => searchIndex.value.search(q));

  const near = nearbyColumns(features, data.value.columns.coords);
  const all = new Uint8Array(features.length).fill(1);
  const placedRows = features.flatMap((f, row) => (f.geometry ? [row] : []));
  const random = createRandom(3);
  const origins = Array.from({ length: NEAR_ORIGINS }, () => {
    const row = random.pick(placedRows);
    const coords = data.value.columns.coords;
    return { lon: (coords[2 * row] as number) + 0.05, lat: (coords[2 * row + 1] as number) - 0.05 };
  });
  const nearMe = timeEach(origins, (o) => findNearby(near, all, o, DEFAULT_RADIUS));

  const rounds = Array.from({ length: LIST_SORT_ROUNDS }, () => all);
  const listSortFirst = timeOnce(() => sortedRows(data.value, all, 'name'));
  const listSortName = timeEach(rounds, (m) => sortedRows(data.value, m, 'name'), 0);
  const listSortPlace = timeEach(rounds, (m) => sortedRows(data.value, m, 'place'), 0);

  return {
    size: features.length,
    placed: placedRows.length,
    pipelineMs: dataset.pipelineMs,
    datasetIndexMs: data.ms,
    searchIndexMs: searchIndex.ms,
    clusterBuildMs: clusters.ms,
    filterToClusters,
    filterToClustersRebuild,
    facetCounts,
    storeFilterChange,
    themeFacet,
    csvExportMs: csvExport.ms,
    search,
    nearMe,
    listSortFirstMs: listSortFirst.ms,
    listSortName,
    listSortPlace,
    heapMb,
  };
}

/** The previous way: a new supercluster over the matching points at every filter change. */
function rebuild(coords: Float64Array, matches: Uint8Array): Supercluster {
  const points: PointFeature<{ row: number }>[] = [];
  for (let row = 0; row < matches.length; row += 1) {
    if (matches[row] !== 1) continue;
    const lon = coords[2 * row] as number;
    const lat = coords[2 * row + 1] as number;
    if (Number.isNaN(lon)) continue;
    points.push({ type: 'Feature', properties: { row }, geometry: { type: 'Point', coordinates: [lon, lat] } });
  }
  return new Supercluster({ ...CLUSTER_OPTIONS }).load(points);
}

/** `global.gc` without asking for a node flag on the command line. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => gc();
}
