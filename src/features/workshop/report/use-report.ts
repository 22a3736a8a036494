/** The report of a check, built once per list of problems (the domain is `report-model.ts`). */
import { useMemo } from 'react';
import type { Problem } from '../../../core/problems';
import {
  buildReport,
  filterCounts,
  filterRows,
  validFilter,
  type FilterCounts,
  type Report,
  type ReportFilter,
  type ReportRow,
} from './report-model';

export function useReport(problems: readonly Problem[]): Report {
  return useMemo(() => buildReport(problems), [problems]);
}

/** The rows a filter keeps and the counts beside its options; a choice the report no longer has falls back to all. */
export function useFilteredReport(report: Report, wanted: ReportFilter): { filter: ReportFilter; rows: ReportRow[]; counts: FilterCounts } {
  const filter = useMemo(() => validFilter(report, wanted), [report, wanted]);
  const rows = useMemo(() => filterRows(report, filter), [report, filter]);
  const counts = useMemo(() => filterCounts(report, filter), [report, filter]);
  return { filter, rows, counts };
}
