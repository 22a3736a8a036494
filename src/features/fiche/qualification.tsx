import { missingFields, qualificationPercent } from './actor-facts';
import type { ActorProperties } from '../../core/model';
import { QUALIFICATION_LABELS } from '../../core/qualification';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';

/** The qualification score as text and a bar, and what the sheet still lacks. */
export function Qualification({ actor, lang, headingId }: { actor: ActorProperties; lang: Lang; headingId: string }) {
  const percent = qualificationPercent(actor.qualification);
  const missing = missingFields(actor.missing);
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="detail-subtitle">
        {t('detail.qualification', lang)}
      </h3>
      <p className="detail-score">
        <strong>{t('list.percent', lang, { n: percent })}</strong> {t('detail.qualificationHint', lang)}
      </p>
      <div className="detail-bar" aria-hidden="true">
        <span className="detail-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      {missing.length > 0 ? (
        <>
          <p className="detail-missing-title">{t('detail.missing', lang)}</p>
          <ul className="detail-missing">
            {missing.map((field) => (
              <li key={field}>{QUALIFICATION_LABELS[field][lang]}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('detail.complete', lang)}</p>
      )}
    </section>
  );
}
