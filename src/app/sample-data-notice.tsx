import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../state/queries';
import type { Lang } from '../core/vocabulary';
import { t } from '../shared/i18n/strings';
import { useDatasetIndex } from '../state/use-atlas-data';

/**
 * Says plainly, above everything else, that part of the dataset is generated: from meta.json's
 * counts, or from the actors themselves when meta.json could not be read.
 */
export function SampleDataNotice({ lang }: { lang: Lang }) {
  const { data: meta } = useQuery(metaQuery());
  const dataset = useDatasetIndex();
  const sample = meta?.counts.sample ?? dataset?.sampleCount ?? 0;
  const total = meta ? meta.counts.actors + meta.counts.projects : (dataset?.features.length ?? 0);
  if (sample === 0) return null;

  return (
    <section className="sample-notice" aria-labelledby="sample-notice-title" data-testid="sample-notice">
      <h2 id="sample-notice-title" className="sample-notice-title">
        {t('notice.sample.title', lang)}
      </h2>
      <p className="sample-notice-body">{t('notice.sample.body', lang, { sample, total })}</p>
    </section>
  );
}
