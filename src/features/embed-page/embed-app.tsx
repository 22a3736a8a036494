/**
 * The embedded map: a compact bar (filters, search, map/list, language, link to the full map),
 * the count and active filters, then the map or the list with the detail panel. The controls a
 * host did not ask for are left out; the map, the detail panel, the attributions and the link
 * to the full map are always there.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EmbedControl, EmbedOptions } from './embed-params';
import type { Bounds } from '../list/list';
import { useAtlas } from '../../state/store';
import { useDataFeed, useFilteredView } from '../../state/use-atlas-data';
import { DetailPanel } from '../fiche/detail-panel';
import { ActiveFilters } from '../filters/active-filters';
import { ListView } from '../list/list-view';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { MapArea } from '../map/map-area';
import { NoticeBar } from '../../shared/ui/notice-bar';
import { ViewBoundary } from '../../shared/ui/view-boundary';
import { t, tn } from '../../shared/i18n/strings';
import { EmbedBar } from './embed-bar';
import { FilterDrawer } from './filter-drawer';
import type { HostChannel } from './host-channel';
import { useFitCamera } from './use-fit-camera';
import { useFrameHeight, useMapReady } from './use-frame-signals';
import { useHostBridge } from './use-host-bridge';

const MAP_ID = 'carte';
const DRAWER_ID = 'embed-filtres';

export function EmbedApp({ options, channel }: { options: EmbedOptions; channel: HostChannel }) {
  const lang = useAtlas((s) => s.lang);
  // The ecosystem view is not part of the embed: it shows the map instead.
  const mode = useAtlas((s) => (s.view === 'list' ? 'list' : 'map'));
  const mapUnsupported = useAtlas((s) => s.mapUnsupported);
  useDataFeed();
  const view = useFilteredView();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [bounds, setBounds] = useState<Bounds | null>(null);
  const onBoundsChange = useCallback((b: Bounds) => setBounds(b), []);
  const rootRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const has = (control: EmbedControl) => options.controls.includes(control);

  const canCreateMap = useFitCamera(options.fit, contentRef, view !== undefined, lang);
  const mapReady = useMapReady();
  useHostBridge(channel, view, mapReady || mapUnsupported || mode === 'list', contentRef);
  useFrameHeight(channel, rootRef, contentRef);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('embed.title', lang);
  }, [lang]);

  const closeDrawer = useCallback(() => {
    setDrawerOpen(false);
    toggleRef.current?.focus();
  }, []);

  return (
    <div
      ref={rootRef}
      className="embed"
      data-view={mode}
      data-show-legend={has('legend') || undefined}
      data-show-territories={has('territories') || undefined}
    >
      <header className="embed-head">
        <h1 className="visually-hidden">{t('embed.title', lang)}</h1>
        <EmbedBar
          lang={lang}
          controls={options.controls}
          drawerId={DRAWER_ID}
          drawerOpen={drawerOpen}
          onToggleDrawer={() => setDrawerOpen((o) => !o)}
          toggleRef={toggleRef}
          propose={options.propose === true}
        />
        <div className="embed-status">
          <ViewBoundary lang={lang}>
            {!view ? (
              <LoadingStatus text={t('status.loading', lang)} />
            ) : has('filters') ? (
              <ActiveFilters lang={lang} total={view.result.total} />
            ) : (
              <p className="result-count" role="status" aria-live="polite" aria-atomic="true" data-testid="result-count">
                {tn('results.count', view.result.total, lang)}
              </p>
            )}
          </ViewBoundary>
        </div>
      </header>
      <NoticeBar lang={lang} />
      <main ref={contentRef} className="content embed-content" data-view={mode}>
        {has('filters') && drawerOpen && view ? (
          <ViewBoundary lang={lang}>
            <FilterDrawer id={DRAWER_ID} lang={lang} counts={view.result.counts} onClose={closeDrawer} />
          </ViewBoundary>
        ) : null}
        <div className="content-map" hidden={mode !== 'map'}>
          {canCreateMap ? (
            <ViewBoundary lang={lang}>
              <MapArea id={MAP_ID} lang={lang} view={view} onBoundsChange={onBoundsChange} />
            </ViewBoundary>
          ) : (
            <div className="map-area">
              <div className="map-overlay map-overlay-quiet">
                <LoadingStatus text={t('status.loadingMap', lang)} />
              </div>
            </div>
          )}
        </div>
        {mode === 'list' || mapUnsupported ? (
          <ViewBoundary lang={lang}>
            <ListView lang={lang} bounds={bounds} />
          </ViewBoundary>
        ) : null}
        <DetailPanel lang={lang} ecosystem={false} proposals={options.propose === true} />
      </main>
    </div>
  );
}
