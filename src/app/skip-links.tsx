import type { Lang } from '../core/vocabulary';
import { t } from '../shared/i18n/strings';

interface SkipLinksProps {
  lang: Lang;
  summaryId: string;
  mapId: string;
}

export function SkipLinks({ lang, summaryId, mapId }: SkipLinksProps) {
  return (
    <nav className="skip-links" aria-label={t('skip.label', lang)}>
      <a href={`#${summaryId}`}>{t('skip.toSummary', lang)}</a>
      <a href={`#${mapId}`}>{t('skip.toMap', lang)}</a>
    </nav>
  );
}
