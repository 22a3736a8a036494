import { useQuery } from '@tanstack/react-query';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../../../shared/i18n/strings';
import { DataFileError, metaQuery } from '../../../state/queries';
import { useAtlas } from '../../../state/store';
import './preview-banner.css';

/**
 * The mark of the workshop's preview (`?apercu=1`), on top of the page for as long as it is open:
 * these data are not published. When this browser holds no preview, it says so (the data files
 * fail with the same explanation; the published data are never shown instead).
 */
export function PreviewBanner({ lang }: { lang: Lang }) {
  const preview = useAtlas((s) => s.preview);
  const meta = useQuery({ ...metaQuery(), enabled: preview });
  if (!preview) return null;
  const missing = meta.error instanceof DataFileError && meta.error.reason === 'preview';
  return (
    <div className="preview-banner" role="status" data-testid="preview-banner" data-preview-missing={missing || undefined}>
      <p className="preview-banner-title">{t('preview.banner.title', lang)}</p>
      <p className="preview-banner-body">
        {t(missing ? 'preview.banner.missing' : 'preview.banner.body', lang)}{' '}
        <a href="atelier.html">{t('preview.banner.workshop', lang)}</a>
      </p>
    </div>
  );
}
