import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { metaQuery } from '../state/queries';
import type { Lang } from '../core/vocabulary';
import { t } from '../shared/i18n/strings';
import { useDatasetIndex } from '../state/use-atlas-data';
import { isNoticeDismissed, rememberNoticeDismissed } from './notice-dismissal';
import './sample-data-notice.css';

/**
 * Says plainly, above everything else, that part of the dataset is generated: from meta.json's
 * counts, or from the actors themselves when meta.json could not be read. It can be dismissed
 * (the fiches and the map's credits still say which data is sample); the focus then goes to
 * `nextFocusId`, the next part of the page.
 */
export function SampleDataNotice({ lang, nextFocusId }: { lang: Lang; nextFocusId: string }) {
  const { data: meta } = useQuery(metaQuery());
  const dataset = useDatasetIndex();
  const [dismissed, setDismissed] = useState(() => isNoticeDismissed());
  const sample = meta?.counts.sample ?? dataset?.sampleCount ?? 0;
  const total = meta ? meta.counts.actors + meta.counts.projects : (dataset?.features.length ?? 0);
  if (sample === 0 || dismissed) return null;

  const dismiss = () => {
    rememberNoticeDismissed();
    setDismissed(true);
    document.getElementById(nextFocusId)?.focus();
  };

  return (
    <section className="sample-notice" aria-labelledby="sample-notice-title" data-testid="sample-notice">
      <h2 id="sample-notice-title" className="sample-notice-title">
        {t('notice.sample.title', lang)}
      </h2>
      <p className="sample-notice-body">{t('notice.sample.body', lang, { sample, total })}</p>
      <button type="button" className="sample-notice-dismiss" onClick={dismiss}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{t('notice.sample.dismiss', lang)}</span>
      </button>
    </section>
  );
}
