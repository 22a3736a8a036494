import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { actorsToCsv, actorsToGeoJson } from './export';
import { listRows, type Bounds } from './list';
import { effectiveSort, LIST_PAGE_SIZE, nextShown } from './list-nav';
import type { ActorFeature } from '../../core/model';
import type { Lang } from '../../core/vocabulary';
import { formatNumber, t, tn } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';
import { useFilteredView } from '../../state/use-atlas-data';
import { useLinkMetrics } from '../links/use-link-metrics';
import { ActorsLoadState } from '../../shared/ui/actors-load-state';
import { downloadText } from './download';
import { ListTable } from './list-table';
import { ListToolbar } from './list-toolbar';
import './list.css';

export interface ListViewProps {
  /** The id of the list's region, the target of a skip link (which focuses it). */
  id?: string;
  lang: Lang;
  /** The map's visible area [west, south, east, north], or null when there is none. */
  bounds: Bounds | null;
}

const FILES = {
  csv: { name: 'catalyseurs.csv', type: 'text/csv;charset=utf-8', write: actorsToCsv },
  geojson: { name: 'catalyseurs.geojson', type: 'application/geo+json;charset=utf-8', write: actorsToGeoJson },
} as const;

/** The filtered actors as a table: the whole atlas without the map. */
export function ListView({ id, lang, bounds }: ListViewProps) {
  const view = useFilteredView();
  const metrics = useLinkMetrics();
  const sort = useAtlas((s) => s.sort);
  const inView = useAtlas((s) => s.inView);
  const titleId = useId();
  const hintId = useId();
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  const [exported, setExported] = useState('');

  const limit = inView && bounds ? bounds : null;
  const rows = useMemo(
    () => (view ? listRows(view.data, view.result.matches, sort, limit, view.textOrder, metrics?.byId) : []),
    [view, sort, limit, metrics],
  );

  // Progressive rendering: a page of rows, then more on demand; a new result starts over.
  const [paging, setPaging] = useState({ rows, shown: LIST_PAGE_SIZE });
  const shown = paging.rows === rows ? paging.shown : LIST_PAGE_SIZE;
  const visible = useMemo(() => rows.slice(0, shown), [rows, shown]);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const index = focusFrom.current;
    if (index === null) return;
    focusFrom.current = null;
    tbodyRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus();
  }, [visible]);

  const order = effectiveSort(sort, view?.textOrder);
  const count = tn('list.count', rows.length, lang);
  const caption = [count, t(`list.sorted.${order}`, lang), limit ? t('list.inViewActive', lang) : ''].filter(Boolean).join(' · ');

  const onExport = (format: keyof typeof FILES) => {
    if (!view) return;
    const features = rows.map((row) => view.data.features[row]).filter((f): f is ActorFeature => f !== undefined);
    const file = FILES[format];
    downloadText(file.name, file.write(features), file.type);
    setExported(tn('export.done', features.length, lang, { file: file.name }));
  };

  return (
    <section id={id} className="list-view" aria-labelledby={titleId} tabIndex={id === undefined ? undefined : -1}>
      <h2 id={titleId} className="list-title">
        {t('list.title', lang)}
      </h2>
      {view ? (
        <>
          <ListToolbar lang={lang} boundsAvailable={bounds !== null} exportDisabled={rows.length === 0} onExport={onExport} />
          <p className="visually-hidden" role="status">
            {count}
          </p>
          <p className="visually-hidden" role="status">
            {exported}
          </p>
          <p id={hintId} className="list-hint">
            {t('list.keyboardHint', lang)}
          </p>
          <div className="list-scroll">
            <ListTable
              data={view.data}
              metrics={metrics}
              rows={visible}
              caption={caption}
              sort={order}
              lang={lang}
              hintId={hintId}
              tbodyRef={tbodyRef}
            />
          </div>
          {shown < rows.length ? (
            <p className="list-more">
              <span>{t('list.shownOf', lang, { shown: formatNumber(shown, lang), total: formatNumber(rows.length, lang) })}</span>
              <button
                type="button"
                className="list-button"
                onClick={() => {
                  focusFrom.current = shown;
                  setPaging({ rows, shown: nextShown(shown, rows.length) });
                }}
              >
                {t('list.showMore', lang, { n: Math.min(LIST_PAGE_SIZE, rows.length - shown) })}
              </button>
            </p>
          ) : null}
        </>
      ) : (
        <ActorsLoadState lang={lang} />
      )}
    </section>
  );
}
