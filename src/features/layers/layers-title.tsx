import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';

/** The layers control's title: what the layers are, or only "Calques" where the map is narrow. */
export function LayersTitle({ lang }: { lang: Lang }) {
  return (
    <>
      <span className="layers-title-long">{t('layers.title', lang)}</span>
      <span className="layers-title-short">{t('layers.titleShort', lang)}</span>
    </>
  );
}
