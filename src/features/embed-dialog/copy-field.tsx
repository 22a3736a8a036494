import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';

interface CopyFieldProps {
  lang: Lang;
  label: string;
  button: string;
  value: string;
  testId: string;
}

/**
 * Code in a read-only field with a copy button. Without clipboard access the code is selected in
 * the field and the status says to copy it by hand.
 */
export function CopyField({ lang, label, button, value, testId }: CopyFieldProps) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  // A new code: the status spoke of the previous one.
  useEffect(() => setStatus('idle'), [value]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      ref.current?.focus();
      ref.current?.select();
      setStatus('failed');
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={ref}
        readOnly
        rows={4}
        value={value}
        spellCheck={false}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="copy-field-actions">
        <button type="button" className="detail-button" onClick={() => void copy()}>
          {button}
        </button>
        <p className="copy-field-status" role="status">
          {status === 'copied' ? t('embedDialog.copied', lang) : status === 'failed' ? t('embedDialog.copyFailed', lang) : ''}
        </p>
      </div>
    </div>
  );
}
