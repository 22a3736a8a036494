import type { RefObject } from 'react';
import { activeFilterCount } from '../../core/filters';
import type { EmbedControl } from './embed-params';
import { fullMapUrl } from '../embed-dialog/embed-snippet';
import { serializeParams } from '../../core/url-state';
import type { Lang } from '../../core/vocabulary';
import { t, tn } from '../../shared/i18n/strings';
import { urlStateOf, useAtlas } from '../../state/store';
import { SearchBox } from '../filters/search-box';
import { LangSwitch } from '../../shared/ui/lang-switch';
import { ProposeButton } from '../proposals/propose-button';

interface EmbedBarProps {
  lang: Lang;
  controls: readonly EmbedControl[];
  drawerId: string;
  drawerOpen: boolean;
  onToggleDrawer: () => void;
  toggleRef: RefObject<HTMLButtonElement | null>;
  /** Offer « Proposer une fiche » (`propose=1`). */
  propose?: boolean;
}

export function EmbedBar({ lang, controls, drawerId, drawerOpen, onToggleDrawer, toggleRef, propose = false }: EmbedBarProps) {
  const view = useAtlas((s) => s.view);
  const setView = useAtlas((s) => s.setView);
  const active = useAtlas((s) => activeFilterCount(s.filters));
  // The same view in the full map: the shared state only, without the embed's own parameters.
  const query = useAtlas((s) => serializeParams(urlStateOf(s)));
  const has = (control: EmbedControl) => controls.includes(control);

  return (
    <div className="embed-bar" role="group" aria-label={t('embed.toolbar', lang)}>
      {has('filters') ? (
        <button
          ref={toggleRef}
          type="button"
          className="embed-filter-toggle"
          aria-expanded={drawerOpen}
          aria-controls={drawerOpen ? drawerId : undefined}
          onClick={onToggleDrawer}
        >
          {t('embed.filters', lang)}
          {active > 0 ? (
            <>
              <span className="embed-badge" aria-hidden="true">
                {active}
              </span>
              <span className="visually-hidden"> ({tn('embed.activeFilters', active, lang)})</span>
            </>
          ) : null}
        </button>
      ) : null}
      {has('search') ? <SearchBox lang={lang} /> : null}
      {has('list') ? (
        <div className="view-switch" role="group" aria-label={t('view.label', lang)}>
          {(['map', 'list'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={(view === 'list' ? 'list' : 'map') === v} onClick={() => setView(v)}>
              {t(`view.${v}`, lang)}
            </button>
          ))}
        </div>
      ) : null}
      {has('lang') ? <LangSwitch lang={lang} /> : null}
      {propose ? <ProposeButton lang={lang} className="propose-open embed-propose" /> : null}
      <a
        className="embed-full-link"
        href={fullMapUrl(window.location.href, query)}
        target="_blank"
        rel="noopener"
        aria-label={t('embed.openFullLong', lang)}
      >
        {t('embed.openFull', lang)}
        <span aria-hidden="true"> ↗</span>
      </a>
    </div>
  );
}
