import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { measureElement as measureFromDom, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { DatasetIndex } from '../../core/dataset-index';
import type { LinkMetrics } from '../links/link-graph';
import { moveIndex, type EffectiveSort } from './list-nav';
import type { ListSort } from '../../core/url-state';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';
import { useTerritoryNames } from '../../state/use-territory-names';
import { ListRow, type ContactFetch } from './list-row';
import { contactShards } from './contact-shards';
import { useShardSize } from '../fiche/use-actor-details';
import { detailsShardOf } from '../fiche/actor-details';
import { SortHeader } from './sort-header';

interface ListTableProps {
  data: DatasetIndex;
  /** Network metrics, once computed (their cells say "computing…" until then). */
  metrics: LinkMetrics | undefined;
  /** The whole sorted list of dataset rows; only those in view are rendered. */
  rows: readonly number[];
  caption: string;
  sort: EffectiveSort;
  /** True while the rows wait for their order. */
  busy: boolean;
  lang: Lang;
  hintId: string;
  tbodyRef: RefObject<HTMLTableSectionElement | null>;
  /** The box that scrolls the table: its own on a wide screen, the whole view on a phone. */
  getScrollElement: () => HTMLElement | null;
  /** Whether the header row sticks to the top of that box (not on a phone). */
  stickyHeader: boolean;
}

/** Rendered above and below the rows in view. */
const OVERSCAN = 8;
/** The table's columns (the spacer and empty rows span them all). */
const COLUMNS = 10;
/**
 * A row's height before it is measured: most rows measure 97 px (their cells hold three lines),
 * on a laptop as on a phone. A lower guess rendered twice the rows needed at first, and every one
 * measured then moved all 100,000 rows' positions.
 */
const ROW_ESTIMATE = 97;

/**
 * A row's height as its `ResizeObserver` gives it, once the browser has laid the row out. Called
 * as the row is rendered (no entry), it gives what is known: reading the row's height there forced
 * the layout in the click's task, and every row's position was worked out again and the table
 * rendered a second time before the first frame (at 100,000 rows); they now come after it.
 */
function measureRow(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLElement, Element>): number {
  if (entry) return measureFromDom(element, entry, instance);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

/**
 * The table of actors, a virtual list: only the rows in view are in the page, between two spacer
 * rows; `aria-rowcount` and `aria-rowindex` tell assistive technologies where they are. The arrow
 * keys, Page Up / Page Down, Home and End move between the rows' name buttons, scrolling the next
 * row into view first when it is not rendered.
 */
export function ListTable(props: ListTableProps) {
  const { data, metrics, rows, caption, sort, busy, lang, hintId, tbodyRef, getScrollElement, stickyHeader } = props;
  const selected = useAtlas((s) => s.selected);
  const select = useAtlas((s) => s.select);
  const setSort = useAtlas((s) => s.setSort);
  const names = useTerritoryNames();
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  const theadRef = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<number | null>(null);
  // Where the rows start in the scrolling box (below the caption and the header row), and the
  // header's height, which scrolling to a row keeps clear of.
  const [offsets, setOffsets] = useState({ margin: 0, header: 0 });

  const getItemKey = useCallback((index: number) => rows[index] ?? index, [rows]);
  const estimateSize = useCallback(() => ROW_ESTIMATE, []);
  // The virtualizer re-renders this table itself when the box scrolls or a row is measured.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    measureElement: measureRow,
    // Stable while the rows are: a new function would make it measure all of them again.
    getItemKey,
    overscan: OVERSCAN,
    scrollMargin: offsets.margin,
    scrollPaddingStart: stickyHeader ? offsets.header : 0,
    indexAttribute: 'data-list-index',
    // A first guess of the box, so that the very first render already has rows.
    initialRect: { width: 1024, height: 720 },
  });

  // Measured after every render (the caption may wrap, the header grow); set only on a change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const box = getScrollElement();
    const body = tbodyRef.current;
    if (!box || !body) return;
    const margin = Math.round(body.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop);
    const header = Math.round(theadRef.current?.getBoundingClientRect().height ?? 0);
    if (margin !== offsets.margin || header !== offsets.header) setOffsets({ margin, header });
  });

  const onSort = useCallback((column: ListSort) => setSort(column), [setSort]);
  const onSelect = useCallback((id: string) => select(id), [select]);

  const button = (index: number) => tbodyRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? null;

  // A row reached by the keyboard but not rendered yet is focused once scrolled into view.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const target = button(index);
    if (!target) return;
    pendingFocus.current = null;
    target.focus({ preventScroll: true });
  });

  const focusRow = (index: number) => {
    setActive(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const target = button(index);
    if (target) target.focus({ preventScroll: true });
    else pendingFocus.current = index;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    const from = Number(target.dataset['index']);
    if (!Number.isInteger(from) || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = moveIndex(event.key, from, rows.length);
    if (next === null) return;
    event.preventDefault();
    focusRow(next);
  };

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const index = Number((event.target as HTMLElement).dataset['index']);
    if (Number.isInteger(index)) setActive(index);
  };

  // The open sheet's row comes into view when it is chosen elsewhere (the map, a link, the URL),
  // asked again after each render until it is rendered (the box may not be measured yet).
  const reveal = useRef<number | null>(null);
  useEffect(() => {
    if (!selected) return;
    const position = rows.indexOf(data.rowOf.get(selected) ?? -1);
    if (position < 0) return;
    setActive(position);
    reveal.current = position;
    // Only when the selection changes, not when the rows do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);
  useEffect(() => {
    const index = reveal.current;
    if (index === null) return;
    if (index >= rows.length || button(index)) {
      reveal.current = null;
      return;
    }
    virtualizer.scrollToIndex(index, { align: 'center' });
  });

  // A new order or filter starts from the top (not the same rows recomputed).
  const shownRows = useRef(rows);
  useEffect(() => {
    const before = shownRows.current;
    shownRows.current = rows;
    if (sameRows(before, rows)) return;
    setActive(0);
    virtualizer.scrollToOffset(0);
  }, [rows, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const shardSize = useShardSize();
  const fetchable = contactShards(
    items.map((item) => rows[item.index] ?? -1),
    shardSize,
  );
  const contactFetch = (row: number): ContactFetch =>
    !fetchable.has(detailsShardOf(row, shardSize)) ? 'skip' : virtualizer.isScrolling ? 'wait' : 'fetch';
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - offsets.margin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - offsets.margin) : 0;
  // The one tabbable row: the active one, or the first in view when it is scrolled away.
  const tabbable = first && last && (activeIndex < first.index || activeIndex > last.index) ? first.index : activeIndex;

  return (
    <table
      className="list-table"
      data-testid="list-view"
      aria-describedby={hintId}
      aria-rowcount={Math.max(rows.length, 1) + 1}
      aria-busy={busy || undefined}
    >
      <caption className="list-caption">{caption}</caption>
      <thead ref={theadRef}>
        <tr aria-rowindex={1}>
          <SortHeader column="name" sort={sort} lang={lang} onSort={onSort} />
          <th scope="col">{t('list.col.practices', lang)}</th>
          <th scope="col">{t('list.col.profile', lang)}</th>
          <th scope="col">{t('list.col.kind', lang)}</th>
          <SortHeader column="place" sort={sort} lang={lang} onSort={onSort} />
          <th scope="col">{t('list.col.contact', lang)}</th>
          <SortHeader column="qualification" sort={sort} lang={lang} onSort={onSort} className="list-number" />
          <SortHeader column="links" sort={sort} lang={lang} onSort={onSort} className="list-number" />
          <SortHeader column="worlds" sort={sort} lang={lang} onSort={onSort} className="list-number" />
          <SortHeader column="betweenness" sort={sort} lang={lang} onSort={onSort} className="list-number" />
        </tr>
      </thead>
      <tbody ref={tbodyRef} onKeyDown={onKeyDown} onFocus={onFocus}>
        {rows.length === 0 ? (
          <tr aria-rowindex={2}>
            <td colSpan={COLUMNS} className="list-empty">
              {t('list.empty', lang)}
            </td>
          </tr>
        ) : (
          <>
            {before > 0 ? <Spacer height={before} /> : null}
            {items.map((item) => {
              const row = rows[item.index] ?? -1;
              const actor = data.features[row]?.properties;
              if (!actor) return null;
              return (
                <ListRow
                  key={item.key}
                  actor={actor}
                  row={row}
                  contactFetch={contactFetch(row)}
                  metrics={metrics?.byId.get(actor.id)}
                  metricsPending={metrics === undefined}
                  names={names}
                  index={item.index}
                  measureRef={virtualizer.measureElement}
                  lang={lang}
                  selected={actor.id === selected}
                  tabbable={item.index === tabbable}
                  onSelect={onSelect}
                />
              );
            })}
            {after > 0 ? <Spacer height={after} /> : null}
          </>
        )}
      </tbody>
    </table>
  );
}

function sameRows(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** The room of the rows not rendered, above or below those in view. */
function Spacer({ height }: { height: number }) {
  return (
    <tr className="list-spacer" aria-hidden="true">
      <td colSpan={COLUMNS} style={{ height }} />
    </tr>
  );
}
