/** The report's three filters (severity, sheet, kind), each option with the problems it would show. */
import { useId } from 'react';
import type { Severity } from '../../../core/problems';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { ALL, type FilterCounts, type Report, type ReportFilter } from './report-model';

export interface ReportFiltersProps {
  lang: Lang;
  report: Report;
  filter: ReportFilter;
  counts: FilterCounts;
  onChange: (filter: ReportFilter) => void;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning'];

export function ReportFilters({ lang, report, filter, counts, onChange }: ReportFiltersProps) {
  const id = useId();
  const option = (label: string, count: number | undefined) => t('report.filter.option', lang, { label, count: count ?? 0 });
  return (
    <fieldset className="report-filters">
      <legend>{t('report.filters', lang)}</legend>
      <div className="report-filter">
        <label htmlFor={`${id}-severity`}>{t('report.filter.severity', lang)}</label>
        <select
          id={`${id}-severity`}
          value={filter.severity}
          onChange={(e) => onChange({ ...filter, severity: e.target.value as ReportFilter['severity'] })}
        >
          <option value={ALL}>{t('report.filter.all', lang, { count: counts.severity[ALL] ?? 0 })}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {option(t(s === 'error' ? 'report.severity.errors' : 'report.severity.warnings', lang), counts.severity[s])}
            </option>
          ))}
        </select>
      </div>
      <div className="report-filter">
        <label htmlFor={`${id}-sheet`}>{t('report.filter.sheet', lang)}</label>
        <select id={`${id}-sheet`} value={filter.sheet} onChange={(e) => onChange({ ...filter, sheet: e.target.value })}>
          <option value={ALL}>{t('report.filter.allSheets', lang, { count: counts.sheet[ALL] ?? 0 })}</option>
          {report.sheets.map((s) => (
            <option key={s.file} value={s.file}>
              {option(s.file, counts.sheet[s.file])}
            </option>
          ))}
        </select>
      </div>
      <div className="report-filter report-filter-kind">
        <label htmlFor={`${id}-kind`}>{t('report.filter.kind', lang)}</label>
        <select id={`${id}-kind`} value={filter.kind} onChange={(e) => onChange({ ...filter, kind: e.target.value })}>
          <option value={ALL}>{t('report.filter.all', lang, { count: counts.kind[ALL] ?? 0 })}</option>
          {report.kinds.map((k) => (
            <option key={k.key} value={k.key}>
              {option(k.label, counts.kind[k.key])}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
