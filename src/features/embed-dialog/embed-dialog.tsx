/**
 * "Intégrer cette carte": a header button and a modal dialog (native <dialog>: the rest of the
 * page is inert while it is open, Escape closes it, the focus goes back to the button). Its body
 * (`EmbedDialogBody`) is loaded when it first opens.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { LoadingStatus } from '../../shared/ui/loading-status';
import './embed-dialog.css';

const EmbedDialogBody = lazy(() => import('./embed-dialog-body'));

export function EmbedButton({ lang }: { lang: Lang }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (open && dialog && !dialog.open) dialog.showModal();
  }, [open]);

  return (
    <>
      <button ref={buttonRef} type="button" className="embed-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('embedDialog.openShort', lang)}
        <span className="phone-hidden">{t('embedDialog.openRest', lang)}</span>
      </button>
      <dialog
        ref={dialogRef}
        className="atlas-dialog embed-dialog"
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          buttonRef.current?.focus();
        }}
      >
        {open ? (
          <Suspense fallback={<LoadingStatus text={t('embedDialog.loading', lang)} />}>
            <EmbedDialogBody lang={lang} titleId={titleId} onClose={() => dialogRef.current?.close()} />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}
