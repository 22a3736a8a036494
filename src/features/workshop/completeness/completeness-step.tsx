/**
 * The workshop's step « Qualité »: how complete the fiches of the last check are
 * (`CompletenessPanel`) and which are due for a check (`FreshnessPanel`). The région and
 * département names and the map come from the atlas's basemap, loaded as the atlas loads it;
 * without it the tables still show, with the codes, and the step says why there is no map.
 */
import { useQuery } from '@tanstack/react-query';
import { localToday } from '../../../core/grammar/dates';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { basemapQuery } from '../../../state/queries';
import { useTerritoryNames } from '../../../state/use-territory-names';
import { FreshnessPanel } from '../freshness/freshness-panel';
import { useWorkshop } from '../workshop-store';
import { CompletenessPanel } from './completeness-panel';

export function CompletenessStep({ lang }: { lang: Lang }) {
  // The last check's array itself: the panels compute once per check, not once per render.
  const records = useWorkshop((s) => s.build.result?.actors.features ?? null);
  const basemap = useQuery(basemapQuery());
  const names = useTerritoryNames();

  if (!records) return <p className="workshop-muted">{t('workshop.step.needsCheck', lang)}</p>;
  return (
    <>
      {basemap.status === 'pending' && (
        <p className="workshop-muted" role="status">
          {t('completeness.basemap.loading', lang)}
        </p>
      )}
      {basemap.status === 'error' && <p className="workshop-muted">{t('completeness.basemap.failed', lang)}</p>}
      <CompletenessPanel actors={records} lang={lang} names={names} basemap={basemap.data} />
      <FreshnessPanel actors={records} lang={lang} names={names} today={localToday()} />
    </>
  );
}
