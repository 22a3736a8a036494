import { placeSummary } from '../../domain/actor-facts';
import type { ActorProperties } from '../../domain/model';
import type { Lang } from '../../domain/vocabulary';
import { t } from '../../i18n/strings';

/** The commune, or the département / région with an "approx." mark, or "sans implantation". */
export function PlaceCell({ actor, lang }: { actor: ActorProperties; lang: Lang }) {
  const place = placeSummary(actor);
  if (place.level === 'none') {
    return (
      <>
        <span aria-hidden="true">— </span>
        <span className="list-muted">{t('list.place.none', lang)}</span>
      </>
    );
  }
  if (place.level === 'commune') return <>{place.text}</>;
  const key = place.level === 'departement' ? 'list.place.departement' : 'list.place.region';
  return (
    <>
      {t(key, lang, { code: place.text })}{' '}
      <span className="list-approx" aria-hidden="true">
        {t('list.place.approx', lang)}
      </span>
      <span className="visually-hidden">{t('list.place.approxLong', lang)}</span>
    </>
  );
}
