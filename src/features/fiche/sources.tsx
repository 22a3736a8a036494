import { safeHttpUrl } from './actor-facts';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { DetailsPending } from './details-pending';
import { ExternalLink } from './external-link';
import type { DetailsState } from './use-actor-details';

/** The sources of the sheet; those that are web addresses become (safe) links. */
export function Sources({ details, lang, headingId }: { details: DetailsState; lang: Lang; headingId: string }) {
  const sources = details.status === 'ready' ? (details.details?.sources ?? []) : [];
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="detail-subtitle">
        {t('detail.sources', lang)}
      </h3>
      {details.status !== 'ready' ? (
        <p>
          <DetailsPending lang={lang} failed={details.status === 'error'} />
        </p>
      ) : sources.length === 0 ? (
        <p>{t('detail.noSources', lang)}</p>
      ) : (
        <ul className="detail-sources">
          {sources.map((source, i) => {
            const url = safeHttpUrl(source);
            return <li key={`${i}-${source}`}>{url ? <ExternalLink href={url} lang={lang} text={source} /> : source}</li>;
          })}
        </ul>
      )}
    </section>
  );
}
