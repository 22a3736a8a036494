/** The form's fields: a label, an optional hint, the input, and the pipeline's messages beside it. */
import type { ChangeEvent } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { PERSONAL_EMAIL_MESSAGE } from '../../pipeline/contact-cells';
import type { FieldProblem } from './proposal-check';

/** « adresse web invalide » → « Adresse web invalide »: the pipeline's words, as a sentence. */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export function errorIdOf(id: string): string {
  return `${id}-error`;
}

/** The messages of a field, or nothing; its id is the field's `errorIdOf`. */
export function FieldMessages({ id, problems }: { id: string; problems: readonly FieldProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={errorIdOf(id)} className="proposal-errors">
      {problems.map((p) => (
        <li key={p.message} className={p.message === PERSONAL_EMAIL_MESSAGE ? 'proposal-caution' : 'proposal-error'}>
          {sentence(p.message)}
        </li>
      ))}
    </ul>
  );
}

interface TextFieldProps {
  id: string;
  lang: Lang;
  label: string;
  hint?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  problems: readonly FieldProblem[];
  maxLength: number;
  required?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
}

export function TextField({
  id,
  lang,
  label,
  hint,
  value,
  onChange,
  onBlur,
  problems,
  maxLength,
  required,
  rows,
  type = 'text',
  autoComplete,
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, problems.length > 0 ? errorIdOf(id) : undefined].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    maxLength,
    onBlur,
    'aria-describedby': describedBy,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-required': required || undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  };
  return (
    <div className="proposal-field">
      <label htmlFor={id}>
        {label} <span className="proposal-need">({t(required ? 'proposals.required' : 'proposals.optional', lang)})</span>
      </label>
      {hint ? (
        <p id={hintId} className="proposal-hint">
          {hint}
        </p>
      ) : null}
      {rows ? (
        <textarea {...common} rows={rows} />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={autoComplete ?? 'off'}
          spellCheck={type === 'text'}
          inputMode={type === 'url' ? 'url' : type === 'tel' ? 'tel' : type === 'email' ? 'email' : undefined}
        />
      )}
      <FieldMessages id={id} problems={problems} />
    </div>
  );
}

interface ChoiceProps<C extends string> {
  id: string;
  lang?: Lang;
  legend: string;
  hint?: string | undefined;
  options: readonly { value: C; label: string }[];
  value: string;
  onChange: (value: C) => void;
  problems: readonly FieldProblem[];
}

/** One choice among a few: radio buttons in a fieldset. */
export function RadioChoice<C extends string>({ id, legend, hint, options, value, onChange, problems }: ChoiceProps<C>) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset
      id={id}
      className="proposal-fieldset proposal-radios"
      aria-describedby={[hintId, problems.length > 0 ? errorIdOf(id) : undefined].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="proposal-hint">
          {hint}
        </p>
      ) : null}
      {options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
      <FieldMessages id={id} problems={problems} />
    </fieldset>
  );
}

/** One choice among many, or none: a select. */
export function SelectChoice<C extends string>({ id, lang, legend, hint, options, value, onChange, problems }: ChoiceProps<C | ''>) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="proposal-field">
      <label htmlFor={id}>
        {legend} <span className="proposal-need">({t('proposals.optional', lang ?? 'fr')})</span>
      </label>
      {hint ? (
        <p id={hintId} className="proposal-hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        aria-describedby={[hintId, problems.length > 0 ? errorIdOf(id) : undefined].filter(Boolean).join(' ') || undefined}
        aria-invalid={problems.length > 0 || undefined}
        onChange={(e) => onChange(e.target.value as C | '')}
      >
        <option value="">{t('proposals.none', lang)}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} problems={problems} />
    </div>
  );
}
