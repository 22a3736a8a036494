/**
 * Brings the overseas départements into view, so none is lost off-screen: buttons on wide
 * screens, a compact list on phones.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useId } from 'react';
import { TERRITORY_VIEWS, type TerritoryView } from '../../core/territories';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { USER_MOVE } from './use-camera-sync';

export function TerritorySwitcher({ map, lang }: { map: MapLibreMap; lang: Lang }) {
  const selectId = useId();
  const show = (view: TerritoryView) => map.fitBounds(view.bounds, { padding: 20 }, USER_MOVE);
  return (
    <nav className="territory-switcher" aria-label={t('territory.label', lang)}>
      <ul>
        {TERRITORY_VIEWS.map((view) => (
          <li key={view.id}>
            <button type="button" onClick={() => show(view)}>
              {view[lang]}
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={selectId} className="visually-hidden">
        {t('territory.label', lang)}
      </label>
      <select
        id={selectId}
        value=""
        onChange={(e) => {
          const view = TERRITORY_VIEWS.find((v) => v.id === e.target.value);
          if (view) show(view);
        }}
      >
        <option value="">{t('territory.label', lang)}…</option>
        {TERRITORY_VIEWS.map((view) => (
          <option key={view.id} value={view.id}>
            {view[lang]}
          </option>
        ))}
      </select>
    </nav>
  );
}
