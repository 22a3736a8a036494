import { useCallback, useId, useMemo, useRef, useSyncExternalStore } from 'react';
import { isMetricSort, listRows, type Bounds } from './list';
import { effectiveSort } from './list-nav';
import { useListOrders } from './use-list-orders';
import type { Lang } from '../../core/vocabulary';
import { t, tn } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';
import { useFilteredView } from '../../state/use-atlas-data';
import { useLinkMetrics } from '../links/use-link-metrics';
import { ActorsLoadState } from '../../shared/ui/actors-load-state';
import { useListExport } from './use-list-export';
import { ListTable } from './list-table';
import { ListToolbar } from './list-toolbar';
import { sortableColumns } from './sort-header';
import type { ExportFormat } from './export-protocol';
import './list.css';

export interface ListViewProps {
  /** The id of the list's region, the target of a skip link (which focuses it). */
  id?: string;
  lang: Lang;
  /** The map's visible area [west, south, east, north], or null when there is none. */
  bounds: Bounds | null;
}

/** Below this width the whole view scrolls, not the table's own box (as `list.css` says). */
const PHONE = '(max-width: 720px)';

function usePhone(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(PHONE);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}

/** The filtered actors as a table: the whole atlas without the map. */
export function ListView({ id, lang, bounds }: ListViewProps) {
  const view = useFilteredView();
  const metrics = useLinkMetrics();
  const sort = useAtlas((s) => s.sort);
  const inView = useAtlas((s) => s.inView);
  const titleId = useId();
  const hintId = useId();
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const phone = usePhone();
  const getScrollElement = useCallback(() => (phone ? sectionRef.current : scrollRef.current), [phone]);
  const exporter = useListExport(lang);

  const limit = inView && bounds ? bounds : null;
  const orders = useListOrders(view?.data);
  // The metrics matter to the order only when sorting by one of them.
  const sortMetrics = isMetricSort(sort) ? metrics?.byId : undefined;
  const rows = useMemo(
    () => (view ? listRows(view.data, view.result.matches, sort, limit, view.textOrder, sortMetrics, orders) : []),
    [view, sort, limit, sortMetrics, orders],
  );

  const order = effectiveSort(sort, view?.textOrder, metrics !== undefined);
  const sorting = orders === null && order !== 'relevance';
  const count = tn('list.count', rows.length, lang);
  const sortText = sorting
    ? t('list.sorting', lang)
    : order === 'name' && isMetricSort(sort)
      ? t('list.sorted.metricsPending', lang)
      : t(`list.sorted.${order}`, lang);
  const caption = [count, sortText, limit ? t('list.inViewActive', lang) : ''].filter(Boolean).join(' · ');

  // Built in a worker with the details it fetches; « préparation… » on the button meanwhile.
  const onExport = (format: ExportFormat) => {
    if (view) exporter.run(format, view.data, rows, limit !== null);
  };

  return (
    <section ref={sectionRef} id={id} className="list-view" aria-labelledby={titleId} tabIndex={id === undefined ? undefined : -1}>
      <h2 id={titleId} className="list-title">
        {t('list.title', lang)}
      </h2>
      {view ? (
        <>
          <ListToolbar
            lang={lang}
            boundsAvailable={bounds !== null}
            exportDisabled={rows.length === 0}
            preparing={exporter.preparing}
            onExport={onExport}
          />
          <p className="visually-hidden" role="status">
            {count}
          </p>
          <p className="visually-hidden" role="status">
            {exporter.message}
          </p>
          <p id={hintId} className="list-hint">
            {t('list.keyboardHint', lang)} {t('list.sortHint', lang, { columns: sortableColumns(lang) })}
          </p>
          <div ref={scrollRef} className="list-scroll">
            <ListTable
              data={view.data}
              metrics={metrics}
              rows={rows}
              caption={caption}
              sort={sorting ? sort : order}
              busy={sorting}
              lang={lang}
              hintId={hintId}
              tbodyRef={tbodyRef}
              getScrollElement={getScrollElement}
              stickyHeader={!phone}
            />
          </div>
        </>
      ) : (
        <ActorsLoadState lang={lang} />
      )}
    </section>
  );
}
