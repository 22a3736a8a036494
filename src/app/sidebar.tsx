/** The left panel: result count and chips, the facets, and the dataset in figures. */
import { lazy, Suspense } from 'react';
import type { Lang } from '../core/vocabulary';
import { t } from '../shared/i18n/strings';
import type { FilteredView } from '../state/use-atlas-data';
import { DatasetSummary } from '../features/summary/dataset-summary';
import { ActiveFilters } from '../features/filters/active-filters';
import { FilterPanel } from '../features/filters/filter-panel';
import '../features/filters/filters.css';
import { NearMePanel } from '../features/near-me/near-me-panel';
import { useDataMode } from '../features/map/data-mode';
import { ActorsLoadState } from '../shared/ui/actors-load-state';
import { ViewBoundary } from '../shared/ui/view-boundary';

// The tiled mode's panels (tile decoding) load only for a tiled dataset.
const TiledFilters = lazy(() => import('../features/map/tiled-panels').then((m) => ({ default: m.TiledFilters })));
const TiledNearResults = lazy(() => import('../features/map/tiled-panels').then((m) => ({ default: m.TiledNearResults })));

interface SidebarProps {
  id: string;
  lang: Lang;
  view: FilteredView | undefined;
  open: boolean;
  onToggle: () => void;
}

export function Sidebar({ id, lang, view, open, onToggle }: SidebarProps) {
  const bodyId = `${id}-contenu`;
  const data = useDataMode();

  return (
    <section id={id} className="panel" aria-labelledby={`${id}-titre`} data-open={open} tabIndex={-1}>
      <div className="panel-head">
        <h2 id={`${id}-titre`} className="panel-title">
          {t('sidebar.title', lang)}
        </h2>
        <button type="button" className="panel-toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          {open ? t('panel.hide', lang) : t('panel.show', lang)}
          <span className="visually-hidden"> {t('sidebar.toggleObject', lang)}</span>
        </button>
      </div>
      <div id={bodyId} className="panel-body">
        <ViewBoundary lang={lang}>
          <NearMePanel lang={lang} view={view} />
          {data.mode === 'tiled' ? (
            <Suspense fallback={null}>
              <TiledNearResults lang={lang} tiles={data.tiles} />
            </Suspense>
          ) : null}
        </ViewBoundary>
        <ViewBoundary lang={lang}>
          {data.mode === 'tiled' ? (
            <Suspense fallback={null}>
              <TiledFilters lang={lang} />
            </Suspense>
          ) : data.mode === 'pending' ? null : view ? (
            <>
              <ActiveFilters lang={lang} total={view.result.total} />
              <FilterPanel lang={lang} counts={view.result.counts} />
            </>
          ) : (
            <ActorsLoadState lang={lang} quiet />
          )}
        </ViewBoundary>
        <details className="summary-details">
          <summary>{t('summary.details', lang)}</summary>
          <ViewBoundary lang={lang}>
            <DatasetSummary lang={lang} />
          </ViewBoundary>
        </details>
      </div>
    </section>
  );
}
