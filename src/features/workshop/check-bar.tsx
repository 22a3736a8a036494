import type { Lang } from '../../core/vocabulary';
import { formatNumber, t } from './workshop-i18n';
import { useWorkshop } from './workshop-store';

/** « 40 ms » under a second, « 1,3 s » above. */
const duration = (ms: number, lang: Lang) =>
  ms < 1000
    ? t('workshop.counts.milliseconds', lang, { ms: Math.round(ms) })
    : t('workshop.counts.seconds', lang, { seconds: formatNumber(Math.round(ms / 100) / 10, lang) });

/** « Vérifier »: runs the pipeline in the worker; then the counts of the last check, or why it failed. */
export function CheckBar({ lang }: { lang: Lang }) {
  const canCheck = useWorkshop((s) => s.canCheck);
  const build = useWorkshop((s) => s.build);
  const counts = useWorkshop((s) => s.counts);
  const stale = useWorkshop((s) => s.stale);
  const runChecks = useWorkshop((s) => s.runChecks);
  const running = build.status === 'running';
  return (
    <section className="workshop-check" aria-label={t('workshop.counts.label', lang)}>
      <div className="workshop-check-action">
        <button
          type="button"
          className="button"
          disabled={!canCheck}
          aria-describedby="workshop-check-status"
          onClick={() => void runChecks()}
        >
          {build.status === 'done' && stale ? t('workshop.checkAgain', lang) : t('workshop.check', lang)}
        </button>
        <p id="workshop-check-status" className="workshop-muted" role="status">
          {running ? t('workshop.checking', lang) : !canCheck && build.status !== 'running' ? t('workshop.checkNeedsSheet', lang) : ''}
        </p>
      </div>
      <CheckFailure lang={lang} />
      {counts ? <CheckCounts lang={lang} /> : null}
    </section>
  );
}

/** Why the last check failed, if it did. */
export function CheckFailure({ lang }: { lang: Lang }) {
  const error = useWorkshop((s) => (s.build.status === 'failed' ? s.build.error : null));
  if (!error) return null;
  return (
    <div className="query-error workshop-check-failure" role="alert">
      <p className="query-error-title">{t('workshop.checkFailed', lang)}</p>
      <p className="query-error-detail">{error}</p>
    </div>
  );
}

/** The counts of the last check. */
export function CheckCounts({ lang }: { lang: Lang }) {
  const counts = useWorkshop((s) => s.counts);
  if (!counts) return null;
  const items = [
    ['records', formatNumber(counts.records, lang)],
    ['placed', formatNumber(counts.placed, lang)],
    ['links', formatNumber(counts.links, lang)],
    ['errors', formatNumber(counts.errors, lang)],
    ['warnings', formatNumber(counts.warnings, lang)],
    ['elapsed', duration(counts.elapsedMs, lang)],
  ] as const;
  return (
    <dl className="workshop-counts" data-testid="workshop-counts">
      {items.map(([key, value]) => (
        <div key={key} className={`workshop-count workshop-count-${key}`} data-count={key}>
          <dt>{t(`workshop.counts.${key}`, lang)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
