import type { FieldCompleteness } from './completeness';
import { QUALIFICATION_LABELS } from '../../../core/qualification';
import type { Lang } from '../../../core/vocabulary';
import { formatNumber, t } from '../workshop-i18n';
import { formatPercent } from './format';

/** How often each key field is filled: a table, each share drawn as a bar beside its figure. */
export function FieldTable({ fields, lang }: { fields: readonly FieldCompleteness[]; lang: Lang }) {
  return (
    <table className="workshop-table" data-testid="completeness-fields">
      <caption>{t('completeness.fields.caption', lang)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('completeness.col.field', lang)}</th>
          <th scope="col" className="workshop-number">
            {t('completeness.col.filled', lang)}
          </th>
          <th scope="col">{t('completeness.col.share', lang)}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.field}>
            <th scope="row">{QUALIFICATION_LABELS[f.field][lang]}</th>
            <td className="workshop-number">{formatNumber(f.filled, lang)}</td>
            <td>
              <span className="workshop-share">
                <span className="workshop-bar" aria-hidden="true">
                  <span className="workshop-bar-fill" style={{ width: `${Math.round(f.share * 100)}%` }} />
                </span>
                {formatPercent(f.share, lang)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
