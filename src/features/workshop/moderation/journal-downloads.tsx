/** The journal's count and its download, as a sheet of its own (XLSX, or CSV for French Excel). */
import { useState } from 'react';
import { localToday } from '../../../core/grammar/dates';
import type { Lang } from '../../../core/vocabulary';
import { t, tn } from '../workshop-i18n';
import { downloadSheet } from '../sheet-download';
import { journalCells, journalFileName, JOURNAL_SHEET } from './journal';
import { useModeration } from './moderation-store';

export function JournalDownloads({ lang }: { lang: Lang }) {
  const journal = useModeration((s) => s.journal);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setFailure(null);
    try {
      await downloadSheet(journalFileName(localToday(), format), journalCells(journal), format, JOURNAL_SHEET);
    } catch (error) {
      setFailure(t('moderation.journal.failed', lang, { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <section className="moderation-journal" aria-labelledby="moderation-journal-title">
      <h3 id="moderation-journal-title">{t('moderation.journal.title', lang)}</h3>
      <p data-testid="moderation-journal-count">
        {journal.length === 0
          ? t('moderation.journal.empty', lang)
          : tn('moderation.journal.count', journal.length, lang, { n: journal.length })}
      </p>
      <p className="workshop-muted">{t('moderation.journal.hint', lang)}</p>
      <div className="moderation-actions">
        <button type="button" className="button button-compact" disabled={journal.length === 0} onClick={() => void download('xlsx')}>
          {t('moderation.journal.xlsx', lang)}
        </button>
        <button type="button" className="button button-compact" disabled={journal.length === 0} onClick={() => void download('csv')}>
          {t('moderation.journal.csv', lang)}
        </button>
      </div>
      {failure ? (
        <p className="query-error" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
