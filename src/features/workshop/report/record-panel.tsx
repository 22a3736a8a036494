/**
 * The row a problem is about, beside the table: its problems, then every cell of the row. A cell is
 * corrected in place: its button opens a text box, Enter saves, Escape cancels, and the focus goes
 * back to the cell's button either way.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import type { ProblemRecord, ReportRow } from './report-model';
import { lineText } from './problem-table';

export interface RecordPanelProps {
  lang: Lang;
  /** The problem chosen in the table. */
  problem: ReportRow;
  /** Its row of the sheet, with the corrections made; undefined for a problem of the file or its header. */
  record: ProblemRecord | undefined;
  /** Every problem of the same row. */
  rowProblems: readonly ReportRow[];
  /** « Que faire » for a kind's key. */
  adviceOf: (kind: string) => string;
  onEdit: (column: string, value: string) => void;
  onClose: () => void;
  onRecheck: () => void;
  canRecheck: boolean;
}

export function RecordPanel({ lang, problem, record, rowProblems, adviceOf, onEdit, onClose, onRecheck, canRecheck }: RecordPanelProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [edited, setEdited] = useState<string | null>(null);
  const returnTo = useRef<string | null>(null);
  const cells = useRef<HTMLTableElement>(null);

  // A newly chosen problem: its row is read from the top.
  useEffect(() => {
    setEditing(null);
    setEdited(null);
    heading.current?.focus();
  }, [problem.index]);

  // After an edit (saved or cancelled), the focus goes back to the cell's button.
  useEffect(() => {
    if (editing !== null || returnTo.current === null) return;
    const column = returnTo.current;
    returnTo.current = null;
    const button = [...(cells.current?.querySelectorAll<HTMLButtonElement>('button[data-column]') ?? [])].find(
      (b) => b.dataset['column'] === column,
    );
    button?.focus();
  }, [editing]);

  const finish = (column: string, value: string | null) => {
    returnTo.current = column;
    if (value !== null && value !== (record?.row.values[column] ?? '')) {
      onEdit(column, value);
      setEdited(column);
    }
    setEditing(null);
  };

  return (
    <section className="report-record" aria-labelledby={`${id}-title`}>
      <div className="report-record-head">
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('report.record.title', lang, { sheet: problem.file, line: lineText(problem.line, lang) })}
        </h3>
        <button type="button" className="button button-compact" onClick={onClose}>
          {t('report.record.close', lang)}
        </button>
      </div>

      <h4>{t('report.record.problems', lang)}</h4>
      <ul className="report-record-problems">
        {rowProblems.map((p) => (
          <li key={p.index} className={p.index === problem.index ? 'report-record-current' : undefined}>
            <span className={`report-severity report-severity-${p.severity}`}>
              {t(p.severity === 'error' ? 'report.severity.error' : 'report.severity.warning', lang)}
            </span>{' '}
            {p.column ? <strong>{p.column}</strong> : null}
            {p.column ? ' : ' : null}
            {p.message} → {p.action}
            <p className="report-record-advice">{t('report.record.advice', lang, { advice: adviceOf(p.kind) })}</p>
          </li>
        ))}
      </ul>

      <p role="status" className="report-record-status">
        {edited ? t('report.record.edited', lang, { column: edited }) : ''}
      </p>
      {edited ? (
        <button type="button" className="button" disabled={!canRecheck} onClick={onRecheck}>
          {t('report.recheck', lang)}
        </button>
      ) : null}

      {record ? (
        <table className="workshop-table report-record-cells" ref={cells}>
          <caption>{t('report.record.caption', lang, { line: record.line })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.record.column', lang)}</th>
              <th scope="col">{t('report.record.value', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {uniqueHeaders(record.header).map((column) => {
              const value = record.row.values[column] ?? '';
              const flagged = rowProblems.some((p) => p.column === column);
              return (
                <tr key={column} className={flagged ? 'report-cell-flagged' : undefined}>
                  <th scope="row">{column}</th>
                  <td>
                    {editing === column ? (
                      <CellEditor lang={lang} column={column} value={value} hintId={`${id}-hint`} onDone={(v) => finish(column, v)} />
                    ) : (
                      <button
                        type="button"
                        className="report-cell"
                        data-column={column}
                        aria-label={`${t('report.record.edit', lang, { column })} : ${value || t('report.record.empty', lang)}`}
                        onClick={() => setEditing(column)}
                      >
                        {value === '' ? <span className="workshop-muted">{t('report.record.empty', lang)}</span> : value}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="workshop-muted">{problem.line < 2 ? t('report.record.none', lang) : t('report.record.gone', lang)}</p>
      )}
      <p id={`${id}-hint`} className="visually-hidden">
        {t('report.record.editHint', lang)}
      </p>
    </section>
  );
}

function CellEditor({
  lang,
  column,
  value,
  hintId,
  onDone,
}: {
  lang: Lang;
  column: string;
  value: string;
  hintId: string;
  onDone: (value: string | null) => void;
}) {
  const [text, setText] = useState(value);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onDone(text);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone(null);
    }
  };
  return (
    <span className="report-cell-editor">
      <input
        type="text"
        // The editor opens on a click of the cell: the person is already there.
        autoFocus
        value={text}
        aria-label={t('report.record.edit', lang, { column })}
        aria-describedby={hintId}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="button button-compact" onClick={() => onDone(text)}>
        {t('report.record.save', lang)}
      </button>
      <button type="button" className="button button-compact" onClick={() => onDone(null)}>
        {t('report.record.cancel', lang)}
      </button>
    </span>
  );
}

/** A header may repeat a name (two « commune » columns): the row holds one value for it. */
function uniqueHeaders(header: readonly string[]): string[] {
  return [...new Set(header.filter((h) => h !== ''))];
}
