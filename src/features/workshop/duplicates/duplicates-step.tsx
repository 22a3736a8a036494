/**
 * The workshop's step « doublons possibles »: the pairs of the last check, and each decision
 * written in the sheet's `doublon` column (the corrected sheet is the one to download). A decision
 * that cannot be written (no `doublon` column, a row without an `id` cell) is said, not pretended.
 */
import { useMemo, useState } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { decisionEdit } from '../../../pipeline/duplicate-decisions';
import { t } from '../../../shared/i18n/strings';
import { useWorkshop } from '../workshop-store';
import { decisionsInSheets, decisionTarget } from './decision-target';
import type { DuplicatePair } from './duplicate-pairs';
import { DuplicatesPanel, type DuplicateDecision } from './duplicates-panel';
import { useDuplicatePairs } from './use-duplicate-pairs';

export function DuplicatesStep({ lang }: { lang: Lang }) {
  const result = useWorkshop((s) => s.build.result);
  const sheets = useWorkshop((s) => s.sheets);
  const editCell = useWorkshop((s) => s.editCell);
  // The decisions are the sheets' own: written in their `doublon` cells, read back from them.
  const decisions = useMemo(() => decisionsInSheets(sheets), [sheets]);
  const search = useDuplicatePairs(result?.actors.features ?? null, () =>
    [...decisions.keys()].map((key) => key.split('\n') as [string, string]),
  );
  const [notice, setNotice] = useState('');

  if (!result) return <p className="workshop-muted">{t('duplicates.notChecked', lang)}</p>;
  const byId = new Map(result.actors.features.map((f) => [f.properties.id, f]));

  const decide = (pair: DuplicatePair, decision: DuplicateDecision) => {
    const edit = decisionEdit(pair, decision);
    const target = decisionTarget(sheets, edit.id);
    if (target.status === 'found') {
      editCell(target.sheet, target.line, target.column, edit.write(target.cell));
      setNotice('');
    } else if (target.status === 'no-column') {
      setNotice(t('duplicates.noColumn', lang, { sheet: target.sheet }));
    } else {
      setNotice(t('duplicates.rowNotFound', lang, { id: edit.id }));
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
      {notice && <p role="alert">{notice}</p>}
      {search.status !== 'searching' && search.status !== 'failed' && (
        <DuplicatesPanel lang={lang} pairs={search.pairs} recordOf={(id) => byId.get(id)} decisions={decisions} onDecide={decide} />
      )}
    </>
  );
}
