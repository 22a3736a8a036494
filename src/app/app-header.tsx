import type { Lang } from '../core/vocabulary';
import { t } from '../shared/i18n/strings';
import { useAtlas } from '../state/store';
import { EmbedButton } from '../features/embed-dialog/embed-dialog';
import { ProposeButton } from '../features/proposals/propose-button';
import { SearchBox } from '../features/filters/search-box';
import { LangSwitch } from '../shared/ui/lang-switch';

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
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
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
