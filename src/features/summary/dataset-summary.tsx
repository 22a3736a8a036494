import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../../state/queries';
import type { DatasetMeta } from '../../core/model';
import { PRACTICES, PROFILES, SCOPES, type Lang } from '../../core/vocabulary';
import { formatDate, t } from '../../shared/i18n/strings';
import { PRACTICE_COLORS } from '../../shared/palette';
import { Breakdown } from './breakdown';
import { KeyFigures } from './key-figures';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { QueryErrorMessage } from '../../shared/ui/query-error-message';

/** The dataset in figures: totals, origin, place, links and the breakdowns by practice, profile, scope. */
export function DatasetSummary({ lang }: { lang: Lang }) {
  const meta = useQuery(metaQuery());
  return (
    <div className="dataset-summary">
      {meta.isPending ? <LoadingStatus text={t('status.loading', lang)} /> : null}
      {meta.isError ? <QueryErrorMessage lang={lang} error={meta.error} onRetry={() => void meta.refetch()} /> : null}
      {meta.data ? <SummaryContent lang={lang} meta={meta.data} /> : null}
    </div>
  );
}

function SummaryContent({ lang, meta }: { lang: Lang; meta: DatasetMeta }) {
  const { counts } = meta;
  const total = counts.actors + counts.projects;
  const unknown = t('summary.unknown', lang);

  return (
    <>
      <KeyFigures lang={lang} counts={counts} />
      <Breakdown
        lang={lang}
        testId="by-practice"
        title={t('summary.byPractice', lang)}
        hint={t('summary.byPracticeHint', lang)}
        scale={total}
        items={PRACTICES.list.map((term) => ({
          key: term.code,
          label: term[lang],
          count: counts.byPractice[term.code],
          color: PRACTICE_COLORS[term.code],
        }))}
      />
      <Breakdown
        lang={lang}
        testId="by-profile"
        title={t('summary.byProfile', lang)}
        scale={total}
        items={[
          ...PROFILES.list.map((term) => ({
            key: term.code,
            label: term[lang],
            count: counts.byProfile[term.code],
          })),
          { key: 'unknown', label: unknown, count: counts.byProfile.unknown },
        ]}
      />
      <Breakdown
        lang={lang}
        testId="by-scope"
        title={t('summary.byScope', lang)}
        scale={total}
        items={[
          ...SCOPES.list.map((term) => ({
            key: term.code,
            label: term[lang],
            count: counts.byScope[term.code],
          })),
          { key: 'unknown', label: unknown, count: counts.byScope.unknown },
        ]}
      />
      <p className="built-at">{t('summary.builtAt', lang, { date: formatDate(meta.builtAt, lang) })}</p>
    </>
  );
}
