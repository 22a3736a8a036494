/**
 * Once the links and the search index are in and the page is idle, a big selection's first level of communities is
 * found ahead in the graph worker (`prefetchTopCommunities`): the ecosystem then opens without
 * waiting 1–3 s for them at 100,000 fiches; then the view's code is fetched. Once per dataset, for the selection shown then; a
 * selection drawn node by node (below `COMMUNITY_THRESHOLD` fiches) asks for nothing, and its code
 * is not fetched.
 */
import { useEffect } from 'react';
import { COMMUNITY_THRESHOLD } from './ecosystem-rows';
import { preloadEcosystemView } from './lazy-ecosystem-view';
import type { DatasetIndex } from '../../../core/dataset-index';
import { afterFirstView, whenIdle } from '../../../state/perf-marks';
import { atlasStore, useAtlas } from '../../../state/store';
import { useFilteredView } from '../../../state/use-atlas-data';

const prepared = new WeakSet<DatasetIndex>();

export function usePreparedEcosystem(): void {
  const view = useFilteredView();
  const linksIn = useAtlas((s) => s.links !== undefined);
  useEffect(() => {
    if (!view || !linksIn || prepared.has(view.data) || view.data.features.length <= COMMUNITY_THRESHOLD) return;
    let live = true;
    let cancelIdle = () => {};
    // After the search index, which a person's first search waits for: on two cores, the
    // community detection running beside it would slow it down.
    const cancelView = afterFirstView(() => {
      void atlasStore
        .getState()
        .ensureSearchIndex()
        .then(() => {
          if (!live) return;
          cancelIdle = whenIdle(() => {
            prepared.add(view.data);
            void import('./level-communities')
              .then((m) => m.prefetchTopCommunities(view))
              // The view's code too, in a later idle moment of its own: evaluating sigma and
              // graphology is a task of ~0.1 s, and without it the first open shows a fallback.
              .then(() => {
                if (live) cancelIdle = whenIdle(() => void preloadEcosystemView().catch(() => undefined), 3000);
              })
              .catch(() => undefined);
          }, 3000);
        });
    });
    return () => {
      live = false;
      cancelView();
      cancelIdle();
    };
  }, [view, linksIn]);
}
