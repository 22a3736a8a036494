/** Buttons that bring the overseas départements into view, so none is lost off-screen. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TERRITORY_VIEWS } from '../domain/territories';
import type { Lang } from '../domain/vocabulary';
import { t } from '../i18n/strings';
import { USER_MOVE } from './useCameraSync';

export function TerritorySwitcher({ map, lang }: { map: MapLibreMap; lang: Lang }) {
  return (
    <nav className="territory-switcher" aria-label={t('territory.label', lang)}>
      <ul>
        {TERRITORY_VIEWS.map((view) => (
          <li key={view.id}>
            <button type="button" onClick={() => map.fitBounds(view.bounds, { padding: 20 }, USER_MOVE)}>
              {view[lang]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
