import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';

/**
 * « Voir sur la carte » at the top of a placed fiche opened from the list or the ecosystem: on a
 * phone the fiche hides the header and its view switch, and this is the way to the map with the
 * fiche kept open (the button shows on small screens only: `fiche.css`).
 */
export function ShowOnMap({ placed, lang }: { placed: boolean; lang: Lang }) {
  const view = useAtlas((s) => s.view);
  const setView = useAtlas((s) => s.setView);
  if (!placed || view === 'map') return null;
  return (
    <p className="detail-show-on-map">
      <button type="button" className="detail-button" onClick={() => setView('map')}>
        {t('detail.showOnMap', lang)}
      </button>
    </p>
  );
}
