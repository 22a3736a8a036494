import { placeSummary } from '../fiche/actor-facts';
import type { ActorProperties } from '../../core/model';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import type { TerritoryNames } from '../../state/use-territory-names';
import { territoryText } from '../../shared/ui/territory-text';

/** The commune, or the département / région with an "approx." mark, or "sans implantation". */
export function PlaceCell({ actor, names, lang }: { actor: ActorProperties; names: TerritoryNames; lang: Lang }) {
  const place = placeSummary(actor);
  if (place.level === 'none') {
    return (
      <>
        <span aria-hidden="true">— </span>
        <span className="list-muted">{t('list.place.none', lang)}</span>
      </>
    );
  }
  if (place.level === 'commune' || (place.level === 'coordinates' && place.text)) return <>{place.text}</>;
  if (place.level === 'coordinates') return <>{actor.departement ? territoryText('departement', actor.departement, names, lang) : '—'}</>;
  return (
    <>
      {territoryText(place.level, place.text, names, lang)}{' '}
      <span className="list-approx" aria-hidden="true">
        {t('list.place.approx', lang)}
      </span>
      <span className="visually-hidden">{t('list.place.approxLong', lang)}</span>
    </>
  );
}
