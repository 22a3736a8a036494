/**
 * Mount point of the workshop's step « qualité (complétude et fraîcheur) »: `workshop-app.tsx` renders it once a check
 * has a result. Its room fills it (the last check is in the store: `useWorkshop((s) => s.build.result)`).
 */
import type { Lang } from '../../../core/vocabulary';
import { t } from '../../../shared/i18n/strings';

export function CompletenessStep({ lang }: { lang: Lang }) {
  return <p className="workshop-muted">{t('workshop.step.soon', lang)}</p>;
}
