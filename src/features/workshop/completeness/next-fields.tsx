import type { NextField } from './completeness';
import { QUALIFICATION_LABELS } from '../../../core/qualification';
import type { Lang } from '../../../core/vocabulary';
import { t, tn } from '../workshop-i18n';

/** « What to complete next »: the fields in the order that completes the most fiches. */
export function NextFields({ next, lang, headingId }: { next: readonly NextField[]; lang: Lang; headingId: string }) {
  return (
    <section className="workshop-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('completeness.next.title', lang)}</h3>
      {next.length === 0 ? (
        <p>{t('completeness.next.none', lang)}</p>
      ) : (
        <>
          <p className="workshop-hint">{t('completeness.next.hint', lang)}</p>
          <ol className="workshop-next" data-testid="completeness-next">
            {next.map((f) => (
              <li key={f.field}>
                <strong>{QUALIFICATION_LABELS[f.field][lang]}</strong>
                {t('completeness.colon', lang)}
                {tn('completeness.next.completes', f.wouldComplete, lang)}, {tn('completeness.next.lacking', f.lacking, lang)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
