import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Bounds } from '../features/list/list';
import { t } from '../shared/i18n/strings';
import { useAtlas } from '../state/store';
import { useDataFeed, useFilteredView } from '../state/use-atlas-data';
import { AppHeader } from './app-header';
import { DetailPanel } from '../features/fiche/detail-panel';
import { LoadingStatus } from '../shared/ui/loading-status';
import { MapArea } from '../features/map/map-area';
import { NoticeBar } from '../shared/ui/notice-bar';
import { SampleDataNotice } from './sample-data-notice';
import { Sidebar } from './sidebar';
import { SkipLinks } from './skip-links';
import { isSmallScreen } from '../shared/ui/small-screen';

/** sigma and graphology are loaded with the ecosystem view only, not with the page. */
const EcosystemView = lazy(() => import('../features/links/ecosystem/ecosystem-view'));
// The list (and its CSV export) is not part of the first view: fetched when first shown.
const ListView = lazy(() => import('../features/list/list-view').then((m) => ({ default: m.ListView })));

export const SUMMARY_ID = 'filtres';
export const MAP_ID = 'carte';

export function App() {
  const lang = useAtlas((s) => s.lang);
  const mode = useAtlas((s) => s.view);
  const mapUnsupported = useAtlas((s) => s.mapUnsupported);
  useDataFeed();
  const view = useFilteredView();
  // On small screens the filters start folded, so that the map gets the room.
  const [panelOpen, setPanelOpen] = useState(() => !isSmallScreen());
  const [bounds, setBounds] = useState<Bounds | null>(null);
  const onBoundsChange = useCallback((b: Bounds) => setBounds(b), []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <div className="app">
      <SkipLinks lang={lang} summaryId={SUMMARY_ID} mapId={MAP_ID} />
      <AppHeader lang={lang} />
      <SampleDataNotice lang={lang} />
      <NoticeBar lang={lang} />
      <main className="app-main">
        <Sidebar id={SUMMARY_ID} lang={lang} view={view} open={panelOpen} onToggle={() => setPanelOpen((open) => !open)} />
        <div className="content" data-view={mode}>
          <div className="content-map" hidden={mode !== 'map'}>
            <MapArea id={MAP_ID} lang={lang} view={view} onBoundsChange={onBoundsChange} />
          </div>
          {mode === 'list' || (mapUnsupported && mode === 'map') ? (
            <Suspense fallback={null}>
              <ListView lang={lang} bounds={bounds} />
            </Suspense>
          ) : null}
          {mode === 'graph' ? (
            <Suspense fallback={<LoadingStatus text={t('graph.loading', lang)} />}>
              <EcosystemView lang={lang} view={view} />
            </Suspense>
          ) : null}
          <DetailPanel lang={lang} />
        </div>
      </main>
    </div>
  );
}
