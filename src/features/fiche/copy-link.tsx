import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';

type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'manual'; href: string };

/**
 * "Copy the link to this sheet": the page's URL (it names the actor). Without clipboard access,
 * the link is shown selected in a read-only field for the person to copy.
 */
export function CopyLink({ lang }: { lang: Lang }) {
  const [state, setState] = useState<CopyState>({ status: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => {
    if (state.status !== 'manual') return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [state]);

  const copy = async () => {
    const href = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setState({ status: 'copied' });
    } catch {
      setState({ status: 'manual', href });
    }
  };

  return (
    <div className="detail-copy">
      <button type="button" className="detail-button" onClick={() => void copy()}>
        {t('detail.copyLink', lang)}
      </button>
      {state.status === 'manual' ? (
        <div className="detail-copy-manual">
          <label htmlFor={inputId}>{t('detail.copyManual', lang)}</label>
          <input id={inputId} ref={inputRef} type="text" readOnly value={state.href} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <p className="detail-copy-status" role="status">
        {state.status === 'copied' ? t('detail.copied', lang) : ''}
      </p>
    </div>
  );
}
