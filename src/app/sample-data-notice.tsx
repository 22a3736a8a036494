import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../state/queries';
import type { Lang } from '../core/vocabulary';
import { t } from '../shared/i18n/strings';

/** Says plainly, above everything else, that part of the dataset is generated. */
export function SampleDataNotice({ lang }: { lang: Lang }) {
  const { data: meta } = useQuery(metaQuery());
  if (!meta || meta.counts.sample === 0) return null;
  const { sample, actors, projects } = meta.counts;

  return (
    <section className="sample-notice" aria-labelledby="sample-notice-title" data-testid="sample-notice">
      <h2 id="sample-notice-title" className="sample-notice-title">
        {t('notice.sample.title', lang)}
      </h2>
      <p className="sample-notice-body">{t('notice.sample.body', lang, { sample, total: actors + projects })}</p>
    </section>
  );
}
