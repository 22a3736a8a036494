import { useQuery } from '@tanstack/react-query';
import { actorsQuery } from '../../state/queries';
import type { Lang } from '../../core/vocabulary';
import { t } from '../i18n/strings';
import { LoadingStatus } from './loading-status';
import { QueryErrorMessage } from './query-error-message';

/**
 * What stands for a view of the actors until they are there: a loading message, or, once the file
 * has failed, the failure and a retry. `quiet` places (the filters, the detail panel) only say
 * that they are unavailable: the map or the list, shown beside them, offers the retry.
 */
export function ActorsLoadState({ lang, quiet = false }: { lang: Lang; quiet?: boolean }) {
  const actors = useQuery(actorsQuery());
  if (!actors.isError) return <LoadingStatus text={t('status.loading', lang)} />;
  if (quiet) return <p className="load-unavailable">{t('error.unavailable', lang)}</p>;
  return <QueryErrorMessage lang={lang} error={actors.error} onRetry={() => void actors.refetch()} />;
}
