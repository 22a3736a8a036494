import { DataFileError } from '../../state/queries';
import type { Lang } from '../../core/vocabulary';
import { t, type StringKey } from '../i18n/strings';

interface QueryErrorMessageProps {
  lang: Lang;
  error: Error;
  onRetry: () => void;
  /** What could not be loaded, when it is not the data as a whole. */
  title?: StringKey;
}

/** A failed load, explained, with a way to try again. */
export function QueryErrorMessage({ lang, error, onRetry, title = 'error.title' }: QueryErrorMessageProps) {
  return (
    <div className="query-error" role="alert">
      <p className="query-error-title">{t(title, lang)}</p>
      <p className="query-error-detail">{describeError(error, lang)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('error.retry', lang)}
      </button>
    </div>
  );
}

function describeError(error: Error, lang: Lang): string {
  if (!(error instanceof DataFileError)) {
    return t('error.reason.unknown', lang, { message: error.message });
  }
  const values = { file: error.file, status: error.status };
  switch (error.reason) {
    case 'network':
      return t('error.reason.network', lang, values);
    case 'http':
      return t('error.reason.http', lang, values);
    case 'json':
      return t('error.reason.json', lang, values);
    case 'shape':
      return t('error.reason.shape', lang, values);
    case 'timeout':
      return t('error.reason.timeout', lang, values);
    case 'preview':
      return t('error.reason.preview', lang, values);
  }
}
