/**
 * The ecosystem view's code (sigma, graphology: ~50 KB gzipped), loaded on demand and not with the
 * page: `preloadEcosystemView` fetches it as the pointer or the focus reaches its button.
 */
import { preloadableLazy } from '../../../shared/ui/preloadable-lazy';

export const { Component: LazyEcosystemView, preload: preloadEcosystemView } = preloadableLazy(() =>
  import('./ecosystem-view').then((m) => m.default),
);
