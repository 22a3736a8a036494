import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Bounds } from '../features/list/list';
import { t } from '../shared/i18n/strings';
import { atlasStore, useAtlas } from '../state/store';
import { useDataFeed, useFilteredView } from '../state/use-atlas-data';
import { AppHeader } from './app-header';
import { DetailPanel } from '../features/fiche/detail-panel';
import { LoadingStatus } from '../shared/ui/loading-status';
import { MapArea } from '../features/map/map-area';
import { useDataMode } from '../features/map/data-mode';
import { usePreparedListOrders } from '../features/list/use-prepared-list-orders';
// The list (and its CSV export) is not part of the first view: fetched once it is drawn.
import { LazyListView } from '../features/list/lazy-list-view';
import { LazyEcosystemView } from '../features/links/ecosystem/lazy-ecosystem-view';
import { usePreparedEcosystem } from '../features/links/ecosystem/use-prepared-ecosystem';
import { NoticeBar } from '../shared/ui/notice-bar';
import { SampleDataNotice } from './sample-data-notice';
import { PreviewBanner } from '../features/workshop/preview/preview-banner';
import { Sidebar } from './sidebar';
import { SkipLinks } from './skip-links';
import { LAYERS_BUTTON_ID } from '../features/layers/layers-button-id';
import { isSmallScreen } from '../shared/ui/small-screen';
import { ViewBoundary } from '../shared/ui/view-boundary';

// The tiled mode (PMTiles, tile decoding) loads only for a tiled dataset.
const TiledMapArea = lazy(() => import('../features/map/tiled-map-view').then((m) => ({ default: m.TiledMapArea })));
const TiledViewNotice = lazy(() => import('../features/map/tiled-panels').then((m) => ({ default: m.TiledViewNotice })));

export const SUMMARY_ID = 'filtres';
export const MAP_ID = 'carte';
export const LIST_ID = 'liste';
export const GRAPH_ID = 'ecosysteme';

export function App() {
  const lang = useAtlas((s) => s.lang);
  const mode = useAtlas((s) => s.view);
  const mapUnsupported = useAtlas((s) => s.mapUnsupported);
  useDataFeed();
  usePreparedListOrders();
  usePreparedEcosystem();
  const view = useFilteredView();
  // A very large dataset is read as tiles (`meta.json` has `tiles`): nothing loads it whole.
  const data = useDataMode();
  // On small screens the filters start folded, so that the map gets the room.
  const [panelOpen, setPanelOpen] = useState(() => !isSmallScreen() && mode !== 'graph');
  // The ecosystem view takes the full width: entering it folds the filters, leaving it unfolds
  // them again on a large screen (set while rendering, so that no frame shows the other layout).
  const [panelView, setPanelView] = useState(mode);
  if (panelView !== mode) {
    setPanelView(mode);
    if (mode === 'graph') setPanelOpen(false);
    else if (panelView === 'graph' && !isSmallScreen()) setPanelOpen(true);
  }
  // On a phone, opening a fiche folds the filter sheet, which would otherwise cover it: told by
  // the store as the selection changes (in the same render), so that the whole page does not
  // render again at every fiche where nothing folds.
  useEffect(
    () =>
      atlasStore.subscribe((state, previous) => {
        if (state.selected !== previous.selected && state.selected !== null && isSmallScreen()) setPanelOpen(false);
      }),
    [],
  );
  const [bounds, setBounds] = useState<Bounds | null>(null);
  const onBoundsChange = useCallback((b: Bounds) => setBounds(b), []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title', lang);
  }, [lang]);

  // The view on screen: without WebGL, the list stands for the map.
  const shown = mode === 'map' && mapUnsupported ? 'list' : mode;
  const viewId = { map: MAP_ID, list: LIST_ID, graph: GRAPH_ID }[shown];

  // Each view in a boundary of its own: whatever one of them throws, the others keep working.
  return (
    <div className="app">
      <SkipLinks
        lang={lang}
        summaryId={SUMMARY_ID}
        view={shown}
        viewId={viewId}
        layersId={data.mode === 'whole' ? LAYERS_BUTTON_ID : undefined}
      />
      <PreviewBanner lang={lang} />
      <AppHeader lang={lang} />
      <SampleDataNotice lang={lang} nextFocusId={SUMMARY_ID} />
      <NoticeBar lang={lang} />
      <main className="app-main">
        <Sidebar id={SUMMARY_ID} lang={lang} view={view} open={panelOpen} onToggle={() => setPanelOpen((open) => !open)} />
        <div className="content" data-view={mode}>
          <div className="content-map" hidden={mode !== 'map'}>
            <ViewBoundary lang={lang}>
              {data.mode === 'tiled' ? (
                <Suspense fallback={<LoadingStatus text={t('status.loadingMap', lang)} />}>
                  <TiledMapArea id={MAP_ID} lang={lang} tiles={data.tiles} />
                </Suspense>
              ) : data.mode === 'whole' ? (
                <MapArea id={MAP_ID} lang={lang} view={view} onBoundsChange={onBoundsChange} />
              ) : (
                <LoadingStatus text={t('status.loadingMap', lang)} />
              )}
            </ViewBoundary>
          </div>
          {shown !== 'map' && data.mode === 'tiled' ? (
            <Suspense fallback={null}>
              <TiledViewNotice id={viewId} lang={lang} view={shown} />
            </Suspense>
          ) : shown === 'list' ? (
            <ViewBoundary lang={lang}>
              <Suspense fallback={null}>
                <LazyListView id={LIST_ID} lang={lang} bounds={bounds} />
              </Suspense>
            </ViewBoundary>
          ) : null}
          {shown === 'graph' && data.mode !== 'tiled' ? (
            <ViewBoundary lang={lang}>
              <Suspense fallback={<LoadingStatus text={t('graph.loading', lang)} />}>
                <LazyEcosystemView id={GRAPH_ID} lang={lang} view={view} />
              </Suspense>
            </ViewBoundary>
          ) : null}
          <DetailPanel lang={lang} />
        </div>
      </main>
    </div>
  );
}
