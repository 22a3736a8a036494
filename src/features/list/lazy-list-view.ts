/** The list view's code, loaded on demand: `preloadListView` fetches it ahead (`usePreparedListOrders`). */
import { preloadableLazy } from '../../shared/ui/preloadable-lazy';

export const { Component: LazyListView, preload: preloadListView } = preloadableLazy(() => import('./list-view').then((m) => m.ListView));
