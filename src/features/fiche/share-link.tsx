/**
 * « Partager la fiche »: the phone's share sheet (`navigator.share`) where the browser has one,
 * beside « Copier le lien »; nothing where it has not (the copy button stays). The fiche's address
 * is also written out at the foot of a printed fiche.
 */
import { useEffect, useState } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import './fiche-share.css';

function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

export function ShareLink({ lang, title }: { lang: Lang; title: string }) {
  if (!canShare()) return null;
  const share = () => {
    // Cancelled by the person (AbortError) or refused: the copy button is still there.
    navigator.share({ title, url: window.location.href }).catch(() => undefined);
  };
  return (
    <button type="button" className="detail-button detail-share" onClick={share}>
      {t('detail.share', lang)}
    </button>
  );
}

/** Shown on paper only: where the fiche lives online (the address as printed, taken at print time). */
export function PrintedAddress({ lang }: { lang: Lang }) {
  const [href, setHref] = useState(() => window.location.href);
  useEffect(() => {
    const update = () => setHref(window.location.href);
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return (
    <p className="detail-print-only" data-testid="detail-printed-address">
      {t('detail.onlineAt', lang)} <span className="detail-print-url">{href}</span>
    </p>
  );
}
