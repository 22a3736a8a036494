/**
 * The workshop's step « doublons possibles »: the pairs of the last check, and each decision
 * written in the sheet's `doublon` column (the corrected sheet is the one to download). A sheet
 * without a `doublon` or an `id` column is given them first (the ids the check gave each row);
 * a decision that still cannot be written (a sheet read without a header row) is said, not
 * pretended. « Vérifier à nouveau » then leaves the « même que » rows out, listed here.
 */
import { useMemo, useState } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { decisionEdit } from '../../../pipeline/duplicate-decisions';
import type { CheckResult } from '../pipeline-protocol';
import { t, tn } from '../workshop-i18n';
import { CheckBar } from '../check-bar';
import { SheetDownloads, type DownloadableSheet } from '../report/sheet-downloads';
import type { WorkshopSheet } from '../workshop-sheet';
import { useWorkshop } from '../workshop-store';
import { withDecisionColumns, type DecisionColumns } from './decision-columns';
import { decisionsInSheets, decisionTarget } from './decision-target';
import type { DuplicatePair } from './duplicate-pairs';
import { DuplicatesPanel, type DuplicateDecision } from './duplicates-panel';
import { leftOutRows } from './left-out-rows';
import { useDuplicatePairs } from './use-duplicate-pairs';

export function DuplicatesStep({ lang }: { lang: Lang }) {
  const result = useWorkshop((s) => s.build.result);
  const sheets = useWorkshop((s) => s.sheets);
  const editCell = useWorkshop((s) => s.editCell);
  const replaceTable = useWorkshop((s) => s.replaceTable);
  // The decisions are the sheets' own: written in their `doublon` cells, read back from them.
  const decisions = useMemo(() => decisionsInSheets(sheets), [sheets]);
  const search = useDuplicatePairs(result?.actors.features ?? null, () => [
    ...[...decisions.keys()].map((key) => key.split('\n') as [string, string]),
    ...(result?.decidedPairs ?? []),
  ]);
  const leftOut = useMemo(() => leftOutRows(result?.problems ?? []), [result]);
  const downloadable = useMemo(
    () =>
      sheets.flatMap((s): DownloadableSheet[] =>
        s.table && s.role === 'actors' && s.status === 'ready'
          ? [{ name: s.name, table: s.table, header: s.header, sheet: s.sheet, edited: s.edited }]
          : [],
      ),
    [sheets],
  );
  const [notice, setNotice] = useState<{ text: string; alert: boolean } | null>(null);

  if (!result) return <p className="workshop-muted">{t('duplicates.notChecked', lang)}</p>;
  const byId = new Map(result.actors.features.map((f) => [f.properties.id, f]));

  const decide = (pair: DuplicatePair, decision: DuplicateDecision) => {
    const edit = decisionEdit(pair, decision);
    let current: readonly WorkshopSheet[] = sheets;
    let target = decisionTarget(current, edit.id);
    let added = '';
    if (target.status !== 'found') {
      const prepared = prepareSheet(current, result, edit.id);
      if (prepared) {
        replaceTable(prepared.sheet.name, prepared.columns.table, prepared.columns.columns);
        current = current.map((s) =>
          s === prepared.sheet ? { ...s, table: prepared.columns.table, columns: { ...s.columns, ...prepared.columns.columns } } : s,
        );
        target = decisionTarget(current, edit.id);
        added = addedText(prepared.sheet.name, prepared.columns, lang);
      }
    }
    if (target.status === 'found') {
      editCell(target.sheet, target.line, target.column, edit.write(target.cell));
      setNotice(added ? { text: added, alert: false } : null);
    } else if (target.status === 'no-column') {
      setNotice({ text: t('duplicates.noColumn', lang, { sheet: target.sheet }), alert: true });
    } else {
      setNotice({ text: t('duplicates.rowNotFound', lang, { id: edit.id }), alert: true });
    }
  };

  return (
    <>
      {search.status === 'searching' && (
        <p role="status" className="workshop-muted">
          {t('duplicates.searching', lang)}
        </p>
      )}
      {search.status === 'failed' && <p role="alert">{t('duplicates.failed', lang, { error: search.error })}</p>}
      {search.status !== 'searching' && search.status !== 'failed' && (
        <DuplicatesPanel lang={lang} pairs={search.pairs} recordOf={(id) => byId.get(id)} decisions={decisions} onDecide={decide} />
      )}
      {/* Always in the page, so that a screen reader hears what the decision changed in the sheet. */}
      <p role="status" className="duplicates-notice" data-testid="duplicates-notice">
        {notice && !notice.alert ? notice.text : ''}
      </p>
      {notice?.alert && <p role="alert">{notice.text}</p>}
      {leftOut.length > 0 && (
        <section className="duplicates-left-out" aria-labelledby="duplicates-left-out-title" data-testid="duplicates-left-out">
          <h3 id="duplicates-left-out-title">{t('duplicates.leftOut.title', lang)}</h3>
          <ul>
            {leftOut.map((p) => (
              <li key={`${p.file}:${p.line}`}>{t('duplicates.leftOut.line', lang, { file: p.file, line: p.line, message: p.message })}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="workshop-hint">{t('duplicates.recheckHint', lang)}</p>
      <CheckBar lang={lang} />
      <SheetDownloads lang={lang} sheets={downloadable} />
    </>
  );
}

/** The sheet of the row the last check read `id` from, with the columns it lacks added; null when none can be. */
function prepareSheet(
  sheets: readonly WorkshopSheet[],
  result: CheckResult,
  id: string,
): { sheet: WorkshopSheet; columns: DecisionColumns } | null {
  const where = result.actorRows.get(id);
  const sheet = where && sheets.find((s) => s.name === where.file);
  const columns = sheet ? withDecisionColumns(sheet, result.actorRows) : null;
  return sheet && columns ? { sheet, columns } : null;
}

function addedText(sheet: string, columns: DecisionColumns, lang: Lang): string {
  const quoted = columns.added.map((h) => `« ${h} »`);
  const parts: string[] = [];
  if (quoted.length === 1) parts.push(t('duplicates.columnsAdded', lang, { columns: quoted[0] ?? '', sheet }));
  if (quoted.length >= 2) parts.push(t('duplicates.columnsAdded.two', lang, { first: quoted[0] ?? '', second: quoted[1] ?? '', sheet }));
  if (columns.filled > 0) parts.push(tn('duplicates.idsFilled', columns.filled, lang, { sheet }));
  return parts.join(' ');
}
