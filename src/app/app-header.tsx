import type { Lang } from '../core/vocabulary';
import { t } from '../shared/i18n/strings';
import { useAtlas } from '../state/store';
import { EmbedButton } from '../features/embed-dialog/embed-dialog';
import { ProposeButton } from '../features/proposals/propose-button';
import { SearchBox } from '../features/filters/search-box';
import { LangSwitch } from '../shared/ui/lang-switch';
import { preloadListView } from '../features/list/lazy-list-view';
import { preloadEcosystemView } from '../features/links/ecosystem/lazy-ecosystem-view';

/** A view's code is fetched as the pointer or the focus reaches its button: it is often in by the click. */
const preloads = {
  map: undefined,
  list: () => void preloadListView().catch(() => undefined),
  graph: () => void preloadEcosystemView().catch(() => undefined),
};

export function AppHeader({ lang }: { lang: Lang }) {
  const view = useAtlas((s) => s.view);
  const setView = useAtlas((s) => s.setView);
  return (
    <header className="app-header">
      <div className="app-heading">
        <h1 className="app-title">{t('app.title', lang)}</h1>
        <p className="app-tagline">{t('app.tagline', lang)}</p>
      </div>
      <div className="app-tools">
        <SearchBox lang={lang} />
        <div className="view-switch" role="group" aria-label={t('view.label', lang)}>
          {(['map', 'list', 'graph'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              onPointerEnter={preloads[v]}
              onFocus={preloads[v]}
            >
              {t(`view.${v}`, lang)}
            </button>
          ))}
        </div>
        <LangSwitch lang={lang} />
        <EmbedButton lang={lang} />
        <ProposeButton lang={lang} />
      </div>
    </header>
  );
}
