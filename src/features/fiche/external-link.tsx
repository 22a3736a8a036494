import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';

/** A link to another site, opened in a new tab, told as such; `href` must be a checked http(s) URL. */
export function ExternalLink({ href, text, lang }: { href: string; text: string; lang: Lang }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="detail-link">
      {text}
      <span className="visually-hidden"> {t('detail.newWindow', lang)}</span>
    </a>
  );
}
