/**
 * The loaded dataset and the current filter result, as the store derives them (`derived.ts`):
 * these hooks only select them, so that any number of components share one dataset index, one
 * search index and one filter pass. `useDataFeed` hands the loaded files to the store; each page
 * mounts it once, at its root.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { DatasetIndex } from '../core/dataset-index';
import { afterFirstView, FIRST_MARKERS_MARK, whenIdle } from './perf-marks';
import { actorsQuery, linksQuery, metaQuery, overviewQuery } from './queries';
import { activeFilterCount } from '../core/filters';
import { readAfter } from './data-files-client';
import { ACTORS_FILE } from '../core/actor-columns';
import { LINKS_FILE } from '../core/link-columns';
import type { ClusterOverview } from '../core/cluster-overview';
import { atlasStore, useAtlas } from './store';
import type { FilteredView } from './derived';

export type { FilteredView };

export function useDatasetIndex(): DatasetIndex | undefined {
  return useAtlas((s) => s.dataset);
}

export function useFilteredView(): FilteredView | undefined {
  return useAtlas((s) => s.filtered);
}

/**
 * On the map, the worker reads the links once the first map is drawn (or after this, where it is
 * not): read right after the actors, they would share the cores with the actors' index and the
 * clusters of the first view.
 */
const LINKS_FALLBACK_MS = 2000;

/**
 * The actors' bytes wait at most this long for the overview's markers: a map that draws nothing
 * (its basemap failed…). Anything else that keeps the markers away lets them go at once.
 */
const OVERVIEW_WAIT_MS = 6000;

/** Whether the map shows the overview's markers (of every fiche) while the actors load. */
const overviewDrawnIn = (s: ReturnType<typeof atlasStore.getState>): boolean =>
  s.view === 'map' && activeFilterCount(s.filters) === 0 && !s.mapUnsupported;

/** The overview's query, and whether its markers are to be drawn: named by `meta.json`, drawn by the map. */
function useOverviewQuery() {
  const { data: meta } = useQuery(metaQuery());
  const shown = useAtlas(overviewDrawnIn) && meta?.overview !== undefined && meta.tiles === undefined;
  return { shown, query: useQuery({ ...overviewQuery(), enabled: shown }) };
}

/**
 * A large dataset's overview while its markers are to be drawn (the map shown, no filter, a map
 * that can draw), once it is in; undefined otherwise. Until the actors are in, the map draws its
 * markers (`use-overview-markers.ts`) and the loading status stands aside.
 */
export function useOverview(): ClusterOverview | undefined {
  const { shown, query } = useOverviewQuery();
  return shown ? query.data : undefined;
}

/**
 * A large dataset's overview (`overview.json`, named by `meta.json`) is fetched as soon as it is
 * known to be there, and the worker reads the actors' bytes once its markers are drawn: on two
 * cores, reading 18 MB of columns and clustering them beside the first map's frames made both
 * late. At once when the overview is not drawn: another view, a filter, no map, the file failed.
 */
function useOverviewFirst(): void {
  const { shown, query } = useOverviewQuery();
  const drawn = shown && !query.isError;
  const drawnRef = useRef(drawn);
  /** Lets the actors' bytes go: set while they wait. */
  const releaseRef = useRef(() => {});
  useEffect(() => {
    drawnRef.current = drawn;
    if (!drawn) releaseRef.current();
  }, [drawn]);
  useEffect(() => {
    readAfter(
      ACTORS_FILE,
      () =>
        new Promise<void>((resolve) => {
          if (!drawnRef.current) return resolve();
          let cancel = () => {};
          const release = () => {
            cancel();
            releaseRef.current = () => {};
            resolve();
          };
          releaseRef.current = release;
          cancel = afterFirstView(release, OVERVIEW_WAIT_MS, FIRST_MARKERS_MARK);
        }),
    );
    return () => {
      releaseRef.current();
      readAfter(ACTORS_FILE, () => Promise.resolve());
    };
  }, []);
}

/** Waits this long for an idle page before building the search index nobody asked for yet. */
const IDLE_TIMEOUT_MS = 3000;

export function useDataFeed(store = atlasStore): void {
  // A tiled dataset (`meta.json` has `tiles`) is never loaded whole: the map reads its tiles.
  const meta = useQuery(metaQuery());
  // Once `meta.json` has failed, the rows are loaded as always (a retry turns it back to pending).
  const whole = meta.data ? meta.data.tiles === undefined : meta.errorUpdatedAt > 0;
  const { data: actors } = useQuery({ ...actorsQuery(), enabled: whole });
  useOverviewFirst();
  // The links are not on the first map's path: fetched while the actors are read, at a low
  // priority, and read once the first map is drawn (`loadBigFile`), at once in the list or the
  // ecosystem, which show them.
  useEffect(() => {
    readAfter(LINKS_FILE, () =>
      store.getState().view === 'map' ? new Promise((resolve) => afterFirstView(resolve, LINKS_FALLBACK_MS)) : Promise.resolve(),
    );
  }, [store]);
  const { data: links, isError: linksFailed } = useQuery({ ...linksQuery(), enabled: whole });
  useEffect(() => {
    // `undefined` links: not loaded yet (their readers say so); a failed file counts as none,
    // the fiche tells the failure from its own query.
    store.getState().setData(actors?.features, actors ? (links ?? (linksFailed ? [] : undefined)) : undefined);
  }, [store, actors, links, linksFailed]);

  // The search index is kept off the first map's path: built once the first view is drawn and
  // the page is idle, so that typing finds it ready (or at once when a search asks for it).
  const dataset = useAtlas((s) => s.dataset);
  useEffect(() => {
    if (!dataset) return;
    let cancelIdle = () => {};
    const cancel = afterFirstView(() => {
      cancelIdle = whenIdle(() => void store.getState().ensureSearchIndex(), IDLE_TIMEOUT_MS);
    });
    return () => {
      cancel();
      cancelIdle();
    };
  }, [store, dataset]);
}
