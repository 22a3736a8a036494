import { useCallback, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { DatasetIndex } from '../../core/dataset-index';
import type { LinkMetrics } from '../links/link-graph';
import { moveIndex, type EffectiveSort } from './list-nav';
import type { ListSort } from '../../core/url-state';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';
import { useTerritoryNames } from '../../state/use-territory-names';
import { ListRow } from './list-row';
import { SortHeader } from './sort-header';

interface ListTableProps {
  data: DatasetIndex;
  /** Network metrics, once computed (their columns show a dash until then). */
  metrics: LinkMetrics | undefined;
  /** The dataset rows to render, in order. */
  rows: readonly number[];
  caption: string;
  sort: EffectiveSort;
  lang: Lang;
  hintId: string;
  tbodyRef: RefObject<HTMLTableSectionElement | null>;
}

/** The table of actors; the arrow keys, Home and End move between the rows' name buttons. */
export function ListTable({ data, metrics, rows, caption, sort, lang, hintId, tbodyRef }: ListTableProps) {
  const selected = useAtlas((s) => s.selected);
  const select = useAtlas((s) => s.select);
  const setSort = useAtlas((s) => s.setSort);
  const names = useTerritoryNames();
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));

  const onSort = useCallback((column: ListSort) => setSort(column), [setSort]);
  const onSelect = useCallback((id: string) => select(id), [select]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    const from = Number(target.dataset['index']);
    if (!Number.isInteger(from) || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = moveIndex(event.key, from, rows.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    tbodyRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
  };

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const index = Number((event.target as HTMLElement).dataset['index']);
    if (Number.isInteger(index)) setActive(index);
  };

  return (
    <table className="list-table" data-testid="list-view" aria-describedby={hintId}>
      <caption className="list-caption">{caption}</caption>
      <thead>
        <tr>
          <SortHeader column="name" sort={sort} label={t('list.col.name', lang)} onSort={onSort} />
          <th scope="col">{t('list.col.practices', lang)}</th>
          <th scope="col">{t('list.col.profile', lang)}</th>
          <th scope="col">{t('list.col.kind', lang)}</th>
          <SortHeader column="place" sort={sort} label={t('list.col.place', lang)} onSort={onSort} />
          <SortHeader
            column="qualification"
            sort={sort}
            label={t('list.col.qualification', lang)}
            onSort={onSort}
            className="list-number"
          />
          <SortHeader column="links" sort={sort} label={t('list.col.links', lang)} onSort={onSort} className="list-number" />
          <SortHeader column="worlds" sort={sort} label={t('list.col.worlds', lang)} onSort={onSort} className="list-number" />
          <SortHeader column="betweenness" sort={sort} label={t('list.col.betweenness', lang)} onSort={onSort} className="list-number" />
        </tr>
      </thead>
      <tbody ref={tbodyRef} onKeyDown={onKeyDown} onFocus={onFocus}>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={9} className="list-empty">
              {t('list.empty', lang)}
            </td>
          </tr>
        ) : (
          rows.map((row, index) => {
            const actor = data.features[row]?.properties;
            if (!actor) return null;
            return (
              <ListRow
                key={actor.id}
                actor={actor}
                metrics={metrics?.byId.get(actor.id)}
                names={names}
                index={index}
                lang={lang}
                selected={actor.id === selected}
                tabbable={index === activeIndex}
                onSelect={onSelect}
              />
            );
          })
        )}
      </tbody>
    </table>
  );
}
