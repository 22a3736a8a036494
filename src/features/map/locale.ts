/** French (or English) texts for MapLibre's own controls, from the interface strings. */
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';

export function maplibreLocale(lang: Lang): Record<string, string> {
  return {
    'Map.Title': t('maplibre.title', lang),
    'NavigationControl.ZoomIn': t('maplibre.zoomIn', lang),
    'NavigationControl.ZoomOut': t('maplibre.zoomOut', lang),
    'NavigationControl.ResetBearing': t('maplibre.resetBearing', lang),
    'AttributionControl.ToggleAttribution': t('maplibre.toggleAttribution', lang),
    'Popup.Close': t('maplibre.close', lang),
  };
}
