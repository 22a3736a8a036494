import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Bounds } from '../domain/list';
import { t } from '../i18n/strings';
import { useAtlas } from '../state/store';
import { useFilteredView } from '../state/useAtlasData';
import { AppHeader } from './AppHeader';
import { DetailPanel } from './detail/DetailPanel';
import { LoadingStatus } from './LoadingStatus';
import { MapArea } from './MapArea';
import { NoticeBar } from './NoticeBar';
import { SampleDataNotice } from './SampleDataNotice';
import { Sidebar } from './Sidebar';
import { SkipLinks } from './SkipLinks';
import { isSmallScreen } from './smallScreen';

/** sigma and graphology are loaded with the ecosystem view only, not with the page. */
const EcosystemView = lazy(() => import('./graph/EcosystemView'));
// The list (and its CSV export) is not part of the first view: fetched when first shown.
const ListView = lazy(() => import('./list/ListView').then((m) => ({ default: m.ListView })));

export const SUMMARY_ID = 'filtres';
export const MAP_ID = 'carte';

export function App() {
  const lang = useAtlas((s) => s.lang);
  const mode = useAtlas((s) => s.view);
  const mapUnsupported = useAtlas((s) => s.mapUnsupported);
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
