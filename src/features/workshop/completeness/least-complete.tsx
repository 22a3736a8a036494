import type { IncompleteFiche } from './completeness';
import { QUALIFICATION_LABELS } from '../../../core/qualification';
import type { Lang } from '../../../core/vocabulary';
import { formatNumber, t } from '../workshop-i18n';
import { formatPercent } from './format';

interface LeastCompleteProps {
  fiches: readonly IncompleteFiche[];
  incomplete: number;
  lang: Lang;
  headingId: string;
}

/** The least complete fiches first, each with what it lacks. */
export function LeastComplete({ fiches, incomplete, lang, headingId }: LeastCompleteProps) {
  if (fiches.length === 0) return null;
  return (
    <section className="workshop-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('completeness.least.title', lang)}</h3>
      <div className="workshop-table-scroll">
        <table className="workshop-table" data-testid="completeness-least">
          <caption>
            {t('completeness.least.caption', lang, {
              shown: formatNumber(fiches.length, lang),
              incomplete: formatNumber(incomplete, lang),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('completeness.col.fiche', lang)}</th>
              <th scope="col" className="workshop-number">
                {t('completeness.col.qualification', lang)}
              </th>
              <th scope="col">{t('completeness.col.missing', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {fiches.map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  {f.name}
                  {f.sample ? <span className="workshop-muted"> {t('completeness.sample', lang)}</span> : null}
                </th>
                <td className="workshop-number">{formatPercent(f.qualification, lang)}</td>
                <td>{f.missing.map((field) => QUALIFICATION_LABELS[field][lang]).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
