import type { Lang } from '../../core/vocabulary';
import { t } from './workshop-i18n';
import { STEPS, useWorkshop, type StepId } from './workshop-store';

/** The steps, in order; the current one is `aria-current="step"`. Plain buttons: Tab and Enter reach each. */
export function StepsNav({ lang, step }: { lang: Lang; step: StepId }) {
  const setStep = useWorkshop((s) => s.setStep);
  return (
    <nav className="workshop-steps" aria-label={t('workshop.steps.label', lang)}>
      <ol>
        {STEPS.map((id) => (
          <li key={id}>
            <button
              type="button"
              aria-current={id === step ? 'step' : undefined}
              // On a narrow screen the steps scroll sideways: the current one is kept in sight.
              ref={id === step ? (button) => button?.scrollIntoView({ block: 'nearest', inline: 'nearest' }) : undefined}
              onClick={() => setStep(id)}
            >
              {t(`workshop.step.${id}`, lang)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
