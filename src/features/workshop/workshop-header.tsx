import type { Lang } from '../../core/vocabulary';
import { t } from './workshop-i18n';
import { useWorkshop } from './workshop-store';

/** « Atelier des données », the way back to the atlas (in the same language), and the language switch. */
export function WorkshopHeader({ lang }: { lang: Lang }) {
  const setLang = useWorkshop((s) => s.setLang);
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return (
    <header className="app-header workshop-header">
      <div className="app-heading">
        <h1 className="app-title">{t('workshop.title', lang)}</h1>
        <p className="app-tagline">{t('workshop.tagline', lang)}</p>
      </div>
      <div className="workshop-header-tools">
        <a className="workshop-back" href={lang === 'en' ? './?lang=en' : './'}>
          {t('workshop.backToAtlas', lang)}
        </a>
        <button type="button" className="lang-switch" lang={other} aria-label={t('lang.switchLabel', lang)} onClick={() => setLang(other)}>
          {t('lang.switch', lang)}
        </button>
      </div>
    </header>
  );
}
