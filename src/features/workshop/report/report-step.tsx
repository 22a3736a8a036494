/**
 * Step « Rapport »: the problems of the last check as a table with filters and counts, the row of
 * the chosen problem beside it (cells corrected in place), « Vérifier à nouveau » and the corrected
 * sheets to download. `ReportStep` reads the workshop's store; `ReportView` renders from props.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Problem } from '../../../core/problems';
import type { Lang } from '../../../core/vocabulary';
import { t, tn } from '../workshop-i18n';
import type { WorkshopSheet } from '../workshop-sheet';
import { useWorkshop } from '../workshop-store';
import { ProblemTable } from './problem-table';
import { RecordPanel } from './record-panel';
import { ReportFilters } from './report-filters';
import { ALL, NO_FILTER, recordOf, type Report, type ReportFilter, type ReportRow } from './report-model';
import { SheetDownloads, type DownloadableSheet } from './sheet-downloads';
import { useFilteredReport, useReport } from './use-report';
import './report.css';

const NO_PROBLEMS: readonly Problem[] = [];

export function ReportStep({ lang }: { lang: Lang }) {
  const problems = useWorkshop((s) => s.build.result?.problems ?? NO_PROBLEMS);
  const sheets = useWorkshop((s) => s.sheets);
  const editCell = useWorkshop((s) => s.editCell);
  const runChecks = useWorkshop((s) => s.runChecks);
  const canRecheck = useWorkshop((s) => s.canCheck);
  return (
    <ReportView
      lang={lang}
      problems={problems}
      sheets={sheets}
      onEditCell={editCell}
      onRecheck={() => void runChecks()}
      canRecheck={canRecheck}
    />
  );
}

export interface ReportViewProps {
  lang: Lang;
  problems: readonly Problem[];
  /** The workshop's sheets, corrections made in (a problem's `file` is a sheet's `name`). */
  sheets: readonly Pick<WorkshopSheet, 'name' | 'table' | 'header' | 'sheet' | 'edited'>[];
  onEditCell: (sheet: string, line: number, column: string, value: string) => void;
  onRecheck: () => void;
  canRecheck: boolean;
}

export function ReportView({ lang, problems, sheets, onEditCell, onRecheck, canRecheck }: ReportViewProps) {
  const report = useReport(problems);
  const [wanted, setWanted] = useState<ReportFilter>(NO_FILTER);
  const { filter, rows, counts } = useFilteredReport(report, wanted);
  // The choice belongs to one report: a new check gives new problems, and none is chosen.
  const [choice, setChoice] = useState<{ report: Report; index: number } | null>(null);
  const selected = choice?.report === report ? choice.index : null;
  const setSelected = (index: number | null) => setChoice(index === null ? null : { report, index });
  const tableArea = useRef<HTMLDivElement>(null);

  const problem = selected === null ? undefined : report.rows.find((r) => r.index === selected);
  const record = useMemo(() => (problem ? recordOf(sheets, problem) : undefined), [problem, sheets]);
  const rowProblems = useMemo(
    () => (problem ? report.rows.filter((r) => r.file === problem.file && r.line === problem.line && problem.line > 1) : []),
    [problem, report],
  );
  const adviceOf = useCallback(
    (kind: string) => t(`report.advice.${report.kinds.find((k) => k.key === kind)?.advice ?? 'other'}`, lang),
    [report, lang],
  );
  const downloadable = useMemo(
    () =>
      sheets.flatMap((s): DownloadableSheet[] =>
        s.table && report.sheets.some((r) => r.file === s.name)
          ? [{ name: s.name, table: s.table, header: s.header, sheet: s.sheet, edited: s.edited }]
          : [],
      ),
    [sheets, report],
  );

  const close = () => {
    const index = selected;
    setSelected(null);
    // The focus goes back to the row the record was opened from.
    requestAnimationFrame(() => tableArea.current?.querySelector<HTMLElement>(`button[data-problem="${index}"]`)?.focus());
  };

  if (report.rows.length === 0) return <p className="report-none">{t('report.none', lang)}</p>;
  const kind = filter.kind === ALL ? undefined : report.kinds.find((k) => k.key === filter.kind);

  return (
    <div className="report">
      <p className="workshop-intro">{t('report.intro', lang)}</p>
      <ReportFilters lang={lang} report={report} filter={filter} counts={counts} onChange={setWanted} />
      <p className="workshop-muted" role="status">
        {tn('report.shown', rows.length, lang, { total: report.rows.length })}
      </p>
      {kind ? <p className="report-kind-advice">{t('report.kindAdvice', lang, { kind: kind.label, advice: adviceOf(kind.key) })}</p> : null}
      <div className={`report-layout${problem ? ' report-layout-open' : ''}`}>
        <div ref={tableArea}>
          <ProblemTable
            lang={lang}
            rows={rows}
            total={report.rows.length}
            selected={selected}
            onOpen={(row: ReportRow) => setSelected(row.index)}
            adviceOf={adviceOf}
            showAdvice={!problem}
          />
        </div>
        {problem ? (
          <RecordPanel
            lang={lang}
            problem={problem}
            record={record}
            rowProblems={rowProblems.length > 0 ? rowProblems : [problem]}
            adviceOf={adviceOf}
            onEdit={(column, value) => onEditCell(problem.file, problem.line, column, value)}
            onClose={close}
            onRecheck={onRecheck}
            canRecheck={canRecheck}
          />
        ) : null}
      </div>
      <SheetDownloads lang={lang} sheets={downloadable} />
    </div>
  );
}
