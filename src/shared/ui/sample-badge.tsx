import type { Lang } from '../../core/vocabulary';
import { t } from '../i18n/strings';
import './ui.css';

/** The visible "Exemple" mark of generated sample data. */
export function SampleBadge({ lang }: { lang: Lang }) {
  return (
    <span className="sample-badge">
      {t('list.sample', lang)}
      <span className="visually-hidden">{t('list.sampleLong', lang)}</span>
    </span>
  );
}
