import { ariaSort, type EffectiveSort } from './list-nav';
import type { ListSort } from '../../core/url-state';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';

/** The columns that sort, in the table's order, with their headers' labels. */
export const SORTABLE_COLUMNS = {
  name: 'list.col.name',
  place: 'list.col.place',
  qualification: 'list.col.qualification',
  links: 'list.col.links',
  worlds: 'list.col.worlds',
  betweenness: 'list.col.betweenness',
} as const satisfies Record<ListSort, string>;

/** The sortable columns' names, for the hint: « Nom, Lieu, Qualification… ». */
export function sortableColumns(lang: Lang): string {
  return Object.values(SORTABLE_COLUMNS)
    .map((key) => t(key, lang))
    .join(', ');
}

interface SortHeaderProps {
  column: ListSort;
  sort: EffectiveSort;
  lang: Lang;
  onSort: (column: ListSort) => void;
  className?: string;
}

/** A column header whose button sorts the list; `aria-sort` tells the current order. */
export function SortHeader({ column, sort, lang, onSort, className }: SortHeaderProps) {
  const state = ariaSort(column, sort);
  const label = t(SORTABLE_COLUMNS[column], lang);
  return (
    <th scope="col" aria-sort={state} className={className}>
      <button type="button" className="list-sort-button" data-sort={column} onClick={() => onSort(column)}>
        {label}
        <span className="list-sort-icon" aria-hidden="true">
          {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
