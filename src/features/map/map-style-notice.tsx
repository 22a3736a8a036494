import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import './map-style-notice.css';

/** Said once, discreetly, when the online basemap failed and the offline one replaced it. */
export function MapStyleNotice({ lang }: { lang: Lang }) {
  return (
    <p className="map-style-notice" role="status">
      {t('map.styleFallback', lang)}
    </p>
  );
}
