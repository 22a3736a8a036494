import { ariaSort, type EffectiveSort } from './list-nav';
import type { ListSort } from '../../core/url-state';

interface SortHeaderProps {
  column: ListSort;
  sort: EffectiveSort;
  label: string;
  onSort: (column: ListSort) => void;
  className?: string;
}

/** A column header whose button sorts the list; `aria-sort` tells the current order. */
export function SortHeader({ column, sort, label, onSort, className }: SortHeaderProps) {
  const state = ariaSort(column, sort);
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
