import type { Lang } from '../core/vocabulary';
import { t } from '../shared/i18n/strings';

interface SkipLinksProps {
  lang: Lang;
  summaryId: string;
  /** The view on screen, and the id of its region (focusable, `tabIndex={-1}`): the second link follows the view. */
  view: 'map' | 'list' | 'graph';
  viewId: string;
  /** The id of the map's layers button, when the map shows it: a third link leads there, past the markers. */
  layersId?: string | undefined;
}

const TO_VIEW = { map: 'skip.toMap', list: 'skip.toList', graph: 'skip.toGraph' } as const;

export function SkipLinks({ lang, summaryId, view, viewId, layersId }: SkipLinksProps) {
  return (
    <nav className="skip-links" aria-label={t('skip.label', lang)}>
      <a href={`#${summaryId}`}>{t('skip.toSummary', lang)}</a>
      <a href={`#${viewId}`}>{t(TO_VIEW[view], lang)}</a>
      {view === 'map' && layersId ? <a href={`#${layersId}`}>{t('skip.toLayers', lang)}</a> : null}
    </nav>
  );
}
