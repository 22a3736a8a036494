/** « Proposer une fiche »: the header's button and its dialog. */
import { useRef, useState } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { ProposalDialog } from './proposal-dialog';
import './proposal-buttons.css';

export function ProposeButton({ lang, className = 'propose-open' }: { lang: Lang; className?: string }) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button ref={buttonRef} type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('proposals.openShort', lang)}
        <span className="phone-hidden">{t('proposals.openRest', lang)}</span>
      </button>
      <ProposalDialog
        lang={lang}
        request={open ? { kind: 'new' } : null}
        onClosed={() => {
          setOpen(false);
          buttonRef.current?.focus();
        }}
      />
    </>
  );
}
