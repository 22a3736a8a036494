/**
 * A sortable table alternative: each column header sorts (aria-sort tells the order), and each
 * row's first cell is a button that highlights its territory on the map and reads its values.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { nextSort, sortRows, type SortDirection, type SortValue, type TableSort } from './table-sort';

export interface Column<T> {
  key: string;
  label: string;
  numeric?: boolean;
  /** Direction of the first click on this header. */
  initial?: SortDirection;
  sortValue: (row: T) => SortValue;
  render: (row: T) => ReactNode;
}

interface SortTableProps<T extends { code: string }> {
  caption: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  initialSort: TableSort<string>;
  /** The column whose cells are the row headers (buttons). */
  headerColumn: string;
  active: string | null;
  onActivate: (code: string) => void;
  testId?: string;
}

export function SortTable<T extends { code: string }>({
  caption,
  rows,
  columns,
  initialSort,
  headerColumn,
  active,
  onActivate,
  testId,
}: SortTableProps<T>) {
  const [sort, setSort] = useState(initialSort);
  const sorted = useMemo(() => {
    const byKey = new Map(columns.map((c) => [c.key, c]));
    return sortRows(rows, sort, (row, key) => byKey.get(key)?.sortValue(row) ?? null);
  }, [rows, columns, sort]);

  return (
    <div className="coverage-table-scroll">
      <table className="coverage-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              return (
                <SortHeaderCell
                  key={c.key}
                  label={c.label}
                  state={sort.column === c.key ? sort.direction : undefined}
                  className={c.numeric ? 'coverage-number' : undefined}
                  onSort={() => setSort((s) => nextSort(s, c.key, c.initial ?? 'ascending'))}
                />
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.code} aria-current={row.code === active ? 'true' : undefined}>
              {columns.map((c) =>
                c.key === headerColumn ? (
                  <th key={c.key} scope="row">
                    <button type="button" className="coverage-row-button" onFocus={() => onActivate(row.code)} onClick={() => onActivate(row.code)}>
                      {c.render(row)}
                    </button>
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'coverage-number' : undefined}>
                    {c.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A column header that sorts its table: aria-sort says the order, the arrow shows it. */
export function SortHeaderCell({
  label,
  state,
  className,
  buttonClassName,
  onSort,
}: {
  label: ReactNode;
  state: SortDirection | undefined;
  className?: string | undefined;
  buttonClassName?: string | undefined;
  onSort: () => void;
}) {
  return (
    <th scope="col" aria-sort={state ?? 'none'} className={className}>
      <button type="button" className={buttonClassName} onClick={onSort}>
        {label}
        <span aria-hidden="true"> {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>
  );
}
