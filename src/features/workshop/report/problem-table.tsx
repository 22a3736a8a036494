/**
 * The report's table: severity, sheet, line, column, value, what is wrong, what was done, what to
 * do. Only the rows in view are in the page (a sheet of 100,000 rows may give as many problems);
 * `aria-rowcount` and `aria-rowindex` say where they stand. A row's line button opens its record.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import type { ReportRow } from './report-model';

export interface ProblemTableProps {
  lang: Lang;
  rows: readonly ReportRow[];
  total: number;
  /** The `index` of the problem whose record is open. */
  selected: number | null;
  onOpen: (row: ReportRow) => void;
  /** « Que faire » for a kind's key; the column is left out when the record beside shows it. */
  adviceOf: (kind: string) => string;
  showAdvice: boolean;
}

const ROW_ESTIMATE = 64;
const OVERSCAN = 8;

export function ProblemTable({ lang, rows, total, selected, onOpen, adviceOf, showAdvice }: ProblemTableProps) {
  const box = useRef<HTMLDivElement>(null);
  const getScrollElement = useCallback(() => box.current, []);
  const estimateSize = useCallback(() => ROW_ESTIMATE, []);
  const getItemKey = useCallback((i: number) => rows[i]?.index ?? i, [rows]);
  // The virtualizer re-renders this table itself when the box scrolls or a row is measured.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    initialRect: { width: 1024, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const columns = showAdvice ? 8 : 7;

  return (
    <div className="report-table-box workshop-table-scroll" ref={box} tabIndex={-1}>
      <table className="workshop-table report-table" aria-rowcount={rows.length + 1}>
        <caption>{t('report.caption', lang, { shown: rows.length, total })}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('report.col.severity', lang)}</th>
            <th scope="col">{t('report.col.sheet', lang)}</th>
            <th scope="col">{t('report.col.line', lang)}</th>
            <th scope="col">{t('report.col.column', lang)}</th>
            <th scope="col">{t('report.col.value', lang)}</th>
            <th scope="col">{t('report.col.message', lang)}</th>
            <th scope="col">{t('report.col.action', lang)}</th>
            {showAdvice ? <th scope="col">{t('report.col.advice', lang)}</th> : null}
          </tr>
        </thead>
        <tbody>
          {before > 0 ? (
            <tr aria-hidden="true" className="report-spacer">
              <td colSpan={columns} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]!;
            const open = row.index === selected;
            return (
              <tr
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={`report-row report-row-${row.severity}${open ? ' report-row-open' : ''}`}
              >
                <td>
                  <span className={`report-severity report-severity-${row.severity}`}>
                    {t(row.severity === 'error' ? 'report.severity.error' : 'report.severity.warning', lang)}
                  </span>
                </td>
                <td className="report-sheet">{row.file}</td>
                <td>
                  <button
                    type="button"
                    className="report-open"
                    data-problem={row.index}
                    aria-label={t('report.openLine', lang, { line: lineText(row.line, lang), sheet: row.file })}
                    aria-pressed={open}
                    onClick={() => onOpen(row)}
                  >
                    {lineText(row.line, lang)}
                  </button>
                </td>
                <td className="report-column">{row.column}</td>
                <td className="report-value">{row.value}</td>
                <td>{row.message}</td>
                <td>{row.action}</td>
                {showAdvice ? <td className="report-advice">{adviceOf(row.kind)}</td> : null}
              </tr>
            );
          })}
          {after > 0 ? (
            <tr aria-hidden="true" className="report-spacer">
              <td colSpan={columns} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

/** Line 0 is the file as a whole, line 1 its header. */
export function lineText(line: number, lang: Lang): string {
  if (line === 0) return t('report.wholeFile', lang);
  if (line === 1) return t('report.headerRow', lang);
  return String(line);
}
