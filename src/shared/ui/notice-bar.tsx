/**
 * Messages about the link that opened the page (parameters ignored), dismissible. However many
 * there are, the bar shows the first few and « et N autres », which shows the rest the store
 * keeps; its height is capped and it scrolls on its own, so the map stays in view.
 */
import { useId, useState } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t, tn } from '../i18n/strings';
import { useAtlas } from '../../state/store';

/** Notices shown before « et N autres ». */
export const VISIBLE_NOTICES = 3;

export function NoticeBar({ lang }: { lang: Lang }) {
  const notices = useAtlas((s) => s.notices);
  const omitted = useAtlas((s) => s.noticesOmitted);
  const dismiss = useAtlas((s) => s.dismissNotices);
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  if (notices.length === 0) return null;
  const hidden = Math.max(0, notices.length - VISIBLE_NOTICES) + omitted;
  const shown = expanded ? notices : notices.slice(0, VISIBLE_NOTICES);
  return (
    <section className="notice-bar" role="status" aria-labelledby="notice-bar-title" data-testid="url-notices">
      <h2 id="notice-bar-title">{t('notices.title', lang)}</h2>
      <ul id={listId}>
        {shown.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
        {expanded && omitted > 0 && <li>{tn('notices.omitted', omitted, lang)}</li>}
      </ul>
      {hidden > 0 && (
        <button type="button" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('notices.fewer', lang) : tn('notices.more', hidden, lang)}
        </button>
      )}
      <button type="button" onClick={dismiss}>
        {t('notices.dismiss', lang)}
      </button>
    </section>
  );
}
