/**
 * The four practices as checkboxes, each with its definition in the network's words and, behind
 * « En savoir plus », what it covers (the « Quel(s) métier(s) ? » table of the network's documents).
 */
import { PRACTICES, type Lang, type Practice } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { errorIdOf, FieldMessages } from './form-fields';
import type { FieldProblem } from './proposal-check';
import { hasPractice, togglePractice } from './proposal-draft';

interface PracticeChoiceProps {
  id: string;
  lang: Lang;
  value: string;
  onChange: (value: string) => void;
  problems: readonly FieldProblem[];
}

export function PracticeChoice({ id, lang, value, onChange, problems }: PracticeChoiceProps) {
  return (
    <fieldset
      id={id}
      className="proposal-fieldset proposal-practices"
      aria-describedby={[`${id}-hint`, problems.length > 0 ? errorIdOf(id) : undefined].filter(Boolean).join(' ')}
    >
      <legend>
        {t('proposals.field.practices', lang)} <span className="proposal-need">({t('proposals.optional', lang)})</span>
      </legend>
      <p id={`${id}-hint`} className="proposal-hint">
        {t('proposals.field.practicesHint', lang)}
      </p>
      {PRACTICES.list.map((p) => (
        <div key={p.code} className="proposal-practice">
          <label>
            <input
              type="checkbox"
              checked={hasPractice(value, p.code)}
              aria-describedby={`${id}-${p.code}-def`}
              onChange={(e) => onChange(togglePractice(value, p.code as Practice, e.target.checked))}
            />
            <span className="proposal-practice-name">{PRACTICES.label(p.code, lang)}</span>
          </label>
          <p id={`${id}-${p.code}-def`} className="proposal-practice-def">
            {lang === 'fr' ? p.descriptionFr : p.descriptionEn}
          </p>
          <details className="proposal-more">
            <summary>
              {t('proposals.more', lang)}
              <span className="visually-hidden"> : {PRACTICES.label(p.code, lang)}</span>
            </summary>
            <p>{t(`proposals.practice.${p.code}.more`, lang)}</p>
          </details>
        </div>
      ))}
      <FieldMessages id={id} problems={problems} />
    </fieldset>
  );
}
