import type { Lang } from '../../core/vocabulary';
import { t } from '../i18n/strings';
import { useAtlas } from '../../state/store';

/** The button that switches the interface between French and English, named in the other one. */
export function LangSwitch({ lang }: { lang: Lang }) {
  const setLang = useAtlas((s) => s.setLang);
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return (
    <button type="button" className="lang-switch" lang={other} aria-label={t('lang.switchLabel', lang)} onClick={() => setLang(other)}>
      {t('lang.switch', lang)}
    </button>
  );
}
