/**
 * The workshop's page: a fixed shell (header, steps) and one step at a time in a panel that
 * scrolls, as the atlas's own shell does. Each step is in a boundary of its own: whatever one
 * throws, the header and the steps keep working.
 */
import { useEffect, useRef } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from './workshop-i18n';
import { ViewBoundary } from '../../shared/ui/view-boundary';
import { CheckCounts, CheckFailure } from './check-bar';
import { ColumnsStep } from './columns/columns-step';
import { CompletenessStep } from './completeness/completeness-step';
import { DuplicatesStep } from './duplicates/duplicates-step';
import { ModerationStep } from './moderation/moderation-step';
import { OpenStep } from './open/open-step';
import { PublishStep } from './publish/publish-step';
import { ReportStep } from './report/report-step';
import { StepsNav } from './steps-nav';
import { WorkshopHeader } from './workshop-header';
import { useWorkshop, type StepId } from './workshop-store';

export const STEP_PANEL_ID = 'atelier-etape';

export function WorkshopApp() {
  const lang = useWorkshop((s) => s.lang);
  const step = useWorkshop((s) => s.step);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('workshop.title', lang)} – ${t('app.title', lang)}`;
  }, [lang]);

  // A step chosen in the nav (or reached by « Vérifier ») takes the focus to its title, so that
  // keyboard and screen-reader users start reading it; not on the page's first render.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  return (
    <div className="app workshop">
      <WorkshopHeader lang={lang} />
      <StepsNav lang={lang} step={step} />
      <main className="workshop-main" id={STEP_PANEL_ID}>
        <div className="workshop-step">
          <h2 className="workshop-step-title" ref={heading} tabIndex={-1}>
            {t(`workshop.step.${step}`, lang)}
          </h2>
          <ViewBoundary lang={lang} resetKey={step}>
            <StepBody lang={lang} step={step} />
          </ViewBoundary>
        </div>
      </main>
    </div>
  );
}

function StepBody({ lang, step }: { lang: Lang; step: StepId }) {
  const result = useWorkshop((s) => s.build.result);
  const checkedSheets = useWorkshop((s) => s.checkedSheets);
  const running = useWorkshop((s) => s.build.status === 'running');
  if (step === 'open') return <OpenStep lang={lang} />;
  if (step === 'columns') return <ColumnsStep lang={lang} />;
  // Proposals are read and compared from the sheets as they are: no check needed first.
  if (step === 'proposals') return <ModerationStep lang={lang} />;
  if (!result || !checkedSheets)
    return (
      <>
        <CheckFailure lang={lang} />
        <p className="workshop-muted" role={running ? 'status' : undefined}>
          {running ? t('workshop.checking', lang) : t('workshop.step.needsCheck', lang)}
        </p>
      </>
    );
  if (step === 'report')
    return (
      <>
        <section className="workshop-check" aria-label={t('workshop.counts.label', lang)}>
          <CheckCounts lang={lang} />
        </section>
        <ReportStep lang={lang} />
      </>
    );
  if (step === 'completeness') return <CompletenessStep lang={lang} />;
  if (step === 'duplicates') return <DuplicatesStep lang={lang} />;
  return <PublishStep lang={lang} result={result} sheets={checkedSheets} />;
}
