import type { Lang } from '../domain/vocabulary';
import { t } from '../i18n/strings';

export function AppHeader({ lang }: { lang: Lang }) {
  return (
    <header className="app-header">
      <h1 className="app-title">{t('app.title', lang)}</h1>
      <p className="app-tagline">{t('app.tagline', lang)}</p>
    </header>
  );
}
