import { safeHttpUrl } from './actor-facts';
import type { ActorProperties } from '../../core/model';
import { KINDS, PROFILES, SCOPES, type Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { NotSpecified, PracticeList } from '../../shared/ui/practice-list';
import { QueryErrorMessage } from '../../shared/ui/query-error-message';
import { DetailPlace } from './detail-place';
import { DetailsPending } from './details-pending';
import { ExternalLink } from './external-link';
import { Fact } from './fact';
import type { DetailsState } from './use-actor-details';
import { ThemeList } from '../../shared/ui/french-text';

/** What the sheet says, as a description list. */
export function DetailFacts({ actor, details, lang }: { actor: ActorProperties; details: DetailsState; lang: Lang }) {
  const more = details.status === 'ready' ? details.details : undefined;
  const website = more ? safeHttpUrl(more.website) : null;
  return (
    <dl className="detail-facts">
      <Fact label={t('detail.kind', lang)}>{KINDS.label(actor.kind, lang)}</Fact>
      <Fact label={t('list.col.practices', lang)}>
        <PracticeList practices={actor.practices} lang={lang} />
      </Fact>
      <Fact label={t('list.col.profile', lang)}>{actor.profile ? PROFILES.label(actor.profile, lang) : <NotSpecified lang={lang} />}</Fact>
      <Fact label={t('detail.scope', lang)}>{actor.scope ? SCOPES.label(actor.scope, lang) : <NotSpecified lang={lang} />}</Fact>
      <Fact label={t('detail.themes', lang)}>
        {actor.themes.length > 0 ? <ThemeList lang={lang} themes={actor.themes} /> : <NotSpecified lang={lang} />}
      </Fact>
      <Fact label={t('detail.description', lang)}>
        {details.status === 'error' ? (
          <QueryErrorMessage lang={lang} error={details.error} onRetry={details.retry} title="detail.detailsError" />
        ) : details.status === 'loading' ? (
          <DetailsPending lang={lang} />
        ) : more?.description.trim() ? (
          <p className="detail-description" data-testid="detail-description" lang={lang === 'fr' ? undefined : 'fr'}>
            {more.description}
          </p>
        ) : (
          <NotSpecified lang={lang} />
        )}
      </Fact>
      <Fact label={t('detail.website', lang)}>
        {details.status !== 'ready' ? (
          <DetailsPending lang={lang} failed={details.status === 'error'} />
        ) : website ? (
          <ExternalLink href={website} text={more?.website ?? website} lang={lang} />
        ) : (
          more?.website || <NotSpecified lang={lang} />
        )}
      </Fact>
      <DetailPlace actor={actor} locationBasis={more?.locationBasis ?? ''} lang={lang} />
    </dl>
  );
}
