import { safeHttpUrl } from './actor-facts';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { ExternalLink } from './external-link';

/** The sources of the sheet; those that are web addresses become (safe) links. */
export function Sources({ sources, lang, headingId }: { sources: readonly string[]; lang: Lang; headingId: string }) {
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="detail-subtitle">
        {t('detail.sources', lang)}
      </h3>
      {sources.length === 0 ? (
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
