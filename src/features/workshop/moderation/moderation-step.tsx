/**
 * Step « Propositions »: proposals opened by link, pasted or from files fill the queue; each is
 * reviewed field by field and merged into the sheet; « Vérifier à nouveau » rebuilds the map from
 * it; the journal of the decisions and the changed sheets are downloaded here.
 */
import { useMemo } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { CheckBar } from '../check-bar';
import { SheetDownloads, type DownloadableSheet } from '../report/sheet-downloads';
import { useWorkshop } from '../workshop-store';
import { JournalDownloads } from './journal-downloads';
import { useModeration } from './moderation-store';
import { ProposalInput } from './proposal-input';
import { ProposalQueueTable } from './proposal-queue-table';
import { ProposalReview } from './proposal-review';
import './moderation.css';

export function ModerationStep({ lang }: { lang: Lang }) {
  const sheets = useWorkshop((s) => s.sheets);
  const otherTab = useModeration((s) => s.otherTab);
  const downloadable = useMemo(
    () =>
      sheets.flatMap((s): DownloadableSheet[] =>
        s.table && s.status === 'ready' ? [{ name: s.name, table: s.table, header: s.header, sheet: s.sheet, edited: s.edited }] : [],
      ),
    [sheets],
  );
  return (
    <div className="moderation" data-testid="moderation-step">
      <p>{t('moderation.intro', lang)}</p>
      <p className="moderation-outcome" role="status">
        {otherTab ? t('moderation.otherTab', lang) : ''}
      </p>
      <ProposalInput lang={lang} />
      <section aria-labelledby="moderation-queue-title">
        <h3 id="moderation-queue-title">{t('moderation.queue.title', lang)}</h3>
        <ProposalQueueTable lang={lang} />
      </section>
      <ProposalReview lang={lang} />
      <CheckBar lang={lang} />
      <JournalDownloads lang={lang} />
      <SheetDownloads lang={lang} sheets={downloadable} />
    </div>
  );
}
