/**
 * Completeness per région or per département, as a table sortable by each column (aria-sort
 * says the order); the territories by their names.
 */
import { useMemo, useState } from 'react';
import type { TerritoryCompleteness } from './completeness';
import type { Lang } from '../../../core/vocabulary';
import { formatNumber, t, type StringKey } from '../workshop-i18n';
import { SortHeaderCell } from '../../coverage/sort-table';
import { nextSort, sortRows, type SortDirection, type TableSort } from '../../coverage/table-sort';
import { formatPercent } from './format';

export type TerritoryLevel = 'region' | 'departement';

type ColumnKey = 'name' | 'count' | 'complete' | 'completeShare' | 'meanQualification';

interface Column {
  key: ColumnKey;
  label: StringKey;
  numeric: boolean;
  initial: SortDirection;
}

const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'completeness.col.region', numeric: false, initial: 'ascending' },
  { key: 'count', label: 'completeness.col.count', numeric: true, initial: 'descending' },
  { key: 'complete', label: 'completeness.col.complete', numeric: true, initial: 'descending' },
  { key: 'completeShare', label: 'completeness.col.completeShare', numeric: true, initial: 'ascending' },
  { key: 'meanQualification', label: 'completeness.col.mean', numeric: true, initial: 'ascending' },
];

interface TerritoryTableProps {
  level: TerritoryLevel;
  rows: readonly TerritoryCompleteness[];
  /** The territory's name as people know it ("86 – Vienne"); '' is the fiches with none. */
  nameOf: (level: TerritoryLevel, code: string) => string;
  lang: Lang;
}

export function TerritoryTable({ level, rows, nameOf, lang }: TerritoryTableProps) {
  // Least complete first: where to look.
  const [sort, setSort] = useState<TableSort<ColumnKey>>({ column: 'completeShare', direction: 'ascending' });
  const named = useMemo(() => rows.map((r) => ({ ...r, name: nameOf(level, r.code) })), [rows, nameOf, level]);
  const sorted = useMemo(
    () => sortRows(named, sort, (row, column) => (column === 'name' ? (row.code === '' ? null : row.name) : row[column])),
    [named, sort],
  );
  return (
    <div className="workshop-table-scroll">
      <table className="workshop-table" data-testid={`completeness-${level}`}>
        <caption>{t(`completeness.territories.caption.${level}`, lang)}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const label = c.key === 'name' && level === 'departement' ? 'completeness.col.departement' : c.label;
              return (
                <SortHeaderCell
                  key={c.key}
                  label={t(label, lang)}
                  state={sort.column === c.key ? sort.direction : undefined}
                  className={c.numeric ? 'workshop-number' : undefined}
                  buttonClassName="workshop-sort"
                  onSort={() => setSort((s) => nextSort(s, c.key, c.initial))}
                />
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.name}</th>
              <td className="workshop-number">{formatNumber(r.count, lang)}</td>
              <td className="workshop-number">{formatNumber(r.complete, lang)}</td>
              <td className="workshop-number">{formatPercent(r.completeShare, lang)}</td>
              <td className="workshop-number">{formatPercent(r.meanQualification, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
