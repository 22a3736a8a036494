import { useId } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { IGNORED_COLUMN } from '../../../pipeline/sources';
import { t } from '../workshop-i18n';
import { FIELDS_OF, type SheetRole } from '../workshop-sheet';
import { useWorkshop } from '../workshop-store';
import type { ColumnRow } from './column-view';
import { fieldLabel } from './field-label';

/** A sheet's columns: header, a few values, and the field each is read as (« ignorer » to leave it out). */
export function ColumnTable({
  lang,
  name,
  role,
  rows,
  caption,
}: {
  lang: Lang;
  name: string;
  role: SheetRole;
  rows: ColumnRow[];
  caption: string;
}) {
  const id = useId();
  const setColumn = useWorkshop((s) => s.setColumn);
  return (
    <div className="workshop-table-wrap">
      <table className="workshop-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop.columns.header', lang)}</th>
            <th scope="col">{t('workshop.columns.samples', lang)}</th>
            <th scope="col">{t('workshop.columns.field', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.header}>
              <th scope="row" className="workshop-header-cell">
                {row.header}
              </th>
              <td className="workshop-samples">
                {row.samples.map((sample, i) => (
                  <span key={i} className="workshop-sample">
                    {sample}
                  </span>
                ))}
              </td>
              <td>
                <select
                  aria-label={t('workshop.columns.fieldLabel', lang, { header: row.header })}
                  aria-describedby={row.reason ? `${id}-${index}-why` : undefined}
                  value={row.choice}
                  onChange={(event) => setColumn(name, row.header, event.target.value)}
                >
                  <option value={IGNORED_COLUMN}>{t('workshop.columns.ignore', lang)}</option>
                  {FIELDS_OF[role].map((field) => (
                    <option key={field} value={field}>
                      {fieldLabel(field, role, lang)}
                    </option>
                  ))}
                </select>
                {row.reason ? (
                  <p id={`${id}-${index}-why`} className="workshop-muted workshop-reason">
                    {t('workshop.columns.proposed', lang, { reason: row.reason })}
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
