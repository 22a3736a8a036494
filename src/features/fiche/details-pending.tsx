import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';

/** A detail of the fiche on its way (« chargement… »), or that could not be loaded (« non chargé »). */
export function DetailsPending({ lang, failed = false }: { lang: Lang; failed?: boolean }) {
  return <span className="detail-pending">{t(failed ? 'detail.detailsMissing' : 'detail.detailsLoading', lang)}</span>;
}
