import { useId, useState } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { FIELDS_OF, type SheetRole } from '../workshop-sheet';
import { useWorkshop } from '../workshop-store';
import { fieldLabel } from './field-label';

const NO_VALUES: Record<string, string> = {};

/** Values fixed for every row of a sheet (« toutes les lignes ont le profil institution »). */
export function FixedValues({ lang, name, role }: { lang: Lang; name: string; role: SheetRole }) {
  const id = useId();
  const values = useWorkshop((s) => s.sheets.find((sheet) => sheet.name === name)?.values ?? NO_VALUES);
  const setValue = useWorkshop((s) => s.setValue);
  const [field, setField] = useState('');
  const [value, setValueText] = useState('');
  return (
    <fieldset className="workshop-values">
      <legend>{t('workshop.columns.values', lang)}</legend>
      <p className="workshop-muted">{t('workshop.columns.valuesHint', lang)}</p>
      {Object.keys(values).length > 0 ? (
        <ul className="workshop-values-list">
          {Object.entries(values).map(([f, v]) => (
            <li key={f}>
              <span>
                {fieldLabel(f, role, lang)} = « {v} »
              </span>
              <button
                type="button"
                className="button button-compact workshop-quiet"
                aria-label={t('workshop.columns.valueRemoveLabel', lang, { field: fieldLabel(f, role, lang) })}
                onClick={() => setValue(name, f, null)}
              >
                {t('workshop.columns.valueRemove', lang)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="workshop-values-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (field === '' || value.trim() === '') return;
          setValue(name, field, value);
          setField('');
          setValueText('');
        }}
      >
        <label>
          <span>{t('workshop.columns.valueField', lang)}</span>
          <select id={`${id}-field`} value={field} onChange={(event) => setField(event.target.value)}>
            <option value="">{t('workshop.columns.valueChoose', lang)}</option>
            {FIELDS_OF[role].map((f) => (
              <option key={f} value={f}>
                {fieldLabel(f, role, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('workshop.columns.value', lang)}</span>
          <input type="text" value={value} onChange={(event) => setValueText(event.target.value)} />
        </label>
        <button type="submit" className="button button-compact" disabled={field === '' || value.trim() === ''}>
          {t('workshop.columns.valueAdd', lang)}
        </button>
      </form>
    </fieldset>
  );
}
