import { useId, useState } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { downloadText } from '../../list/download';
import { useWorkshop } from '../workshop-store';
import { formatSheetSource } from './sources-entry';

/** « Exporter pour sources.json »: the sheet's entry, to copy or download, so that `npm run data` reads it as the workshop does. */
export function SourcesEntryBox({ lang, name }: { lang: Lang; name: string }) {
  const id = useId();
  const entry = useWorkshop((s) => s.sources.actors.find((e) => e.file === name) ?? s.sources.links.find((e) => e.file === name));
  const [copied, setCopied] = useState(false);
  if (!entry) return null;
  const text = formatSheetSource(entry);
  const stem = name.replace(/\.[^.]+$/, '');
  return (
    <details className="workshop-export" onToggle={() => setCopied(false)}>
      <summary>{t('workshop.columns.export', lang)}</summary>
      <p id={`${id}-hint`} className="workshop-muted">
        {t('workshop.columns.exportHint', lang)}
      </p>
      <pre className="workshop-code" tabIndex={0} aria-describedby={`${id}-hint`} data-testid="sources-entry">
        {text}
      </pre>
      <div className="workshop-export-actions">
        <button
          type="button"
          className="button button-compact"
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t('workshop.columns.copy', lang)}
        </button>
        <button
          type="button"
          className="button button-compact"
          onClick={() => downloadText(`${stem}.sources.json`, `${text}\n`, 'application/json')}
        >
          {t('workshop.columns.download', lang)}
        </button>
        <span role="status" className="workshop-muted">
          {copied ? t('workshop.columns.copied', lang) : ''}
        </span>
      </div>
    </details>
  );
}
