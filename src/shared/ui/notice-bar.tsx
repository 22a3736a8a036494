/** Messages about the link that opened the page (parameters ignored), dismissible. */
import type { Lang } from '../../core/vocabulary';
import { t } from '../i18n/strings';
import { useAtlas } from '../../state/store';

export function NoticeBar({ lang }: { lang: Lang }) {
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <section className="notice-bar" role="status" aria-labelledby="notice-bar-title" data-testid="url-notices">
      <h2 id="notice-bar-title">{t('notices.title', lang)}</h2>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('notices.dismiss', lang)}
      </button>
    </section>
  );
}
