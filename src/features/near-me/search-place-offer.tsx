/**
 * Over the empty map of a search that matched nothing: « Chercher près de Guéret » when the text
 * names a place. The gazetteer is fetched only then. Choosing clears the text and starts the
 * near-me search there; the focus goes to the near-me box (or to the map when the panel is folded).
 */
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';
import type { FilteredView } from '../../state/use-atlas-data';
import { communeLabel } from './near-place';
import { placesForSearch } from './search-places';
import { useGazetteer } from './use-nearby';
import type { Commune } from '../../core/gazetteer';
import './near-me.css';

function focusNearSearch(): void {
  const box = document.querySelector<HTMLElement>('[data-testid="near-panel"] input[role="combobox"]');
  if (box && box.getClientRects().length > 0) {
    box.focus();
    return;
  }
  document.querySelector<HTMLElement>('.map-area')?.focus();
}

export function SearchPlaceOffer({ lang, view }: { lang: Lang; view: FilteredView | undefined }) {
  const text = useAtlas((s) => s.filters.text).trim();
  const pending = useAtlas((s) => s.searchPending);
  const setFilter = useAtlas((s) => s.setFilter);
  const setNear = useAtlas((s) => s.setNear);
  const empty = text !== '' && !pending && view !== undefined && view.result.total === 0;
  const gazetteer = useGazetteer(empty);
  if (!empty || !gazetteer.data) return null;
  const communes = placesForSearch(gazetteer.data, text);
  if (communes.length === 0) return null;
  const label = (c: Commune) => (communes.length > 1 ? communeLabel(c) : c.name);

  const choose = (commune: Commune) => {
    setFilter('text', '');
    setNear({ kind: 'commune', code: commune.code });
    requestAnimationFrame(focusNearSearch);
  };

  return (
    <div className="near-offer" data-testid="near-offer" aria-live="polite">
      <p>{t('near.offer.noMatch', lang, { text })}</p>
      <ul>
        {communes.map((c) => (
          <li key={c.code}>
            <button type="button" className="near-offer-button" onClick={() => choose(c)}>
              {t('near.offer.around', lang, { place: label(c) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
