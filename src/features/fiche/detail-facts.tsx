import { safeHttpUrl } from './actor-facts';
import type { ActorProperties } from '../../core/model';
import { KINDS, PROFILES, SCOPES, type Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { NotSpecified, PracticeList } from '../../shared/ui/practice-list';
import { DetailPlace } from './detail-place';
import { ExternalLink } from './external-link';
import { Fact } from './fact';

/** What the sheet says, as a description list. */
export function DetailFacts({ actor, lang }: { actor: ActorProperties; lang: Lang }) {
  const website = safeHttpUrl(actor.website);
  return (
    <dl className="detail-facts">
      <Fact label={t('detail.kind', lang)}>{KINDS.label(actor.kind, lang)}</Fact>
      <Fact label={t('list.col.practices', lang)}>
        <PracticeList practices={actor.practices} lang={lang} />
      </Fact>
      <Fact label={t('list.col.profile', lang)}>{actor.profile ? PROFILES.label(actor.profile, lang) : <NotSpecified lang={lang} />}</Fact>
      <Fact label={t('detail.scope', lang)}>{actor.scope ? SCOPES.label(actor.scope, lang) : <NotSpecified lang={lang} />}</Fact>
      <Fact label={t('detail.themes', lang)}>{actor.themes.length > 0 ? actor.themes.join(', ') : <NotSpecified lang={lang} />}</Fact>
      <Fact label={t('detail.description', lang)}>
        {actor.description.trim() ? <p className="detail-description">{actor.description}</p> : <NotSpecified lang={lang} />}
      </Fact>
      <Fact label={t('detail.website', lang)}>
        {website ? <ExternalLink href={website} text={actor.website} lang={lang} /> : actor.website || <NotSpecified lang={lang} />}
      </Fact>
      <DetailPlace actor={actor} lang={lang} />
    </dl>
  );
}
