/**
 * The dialog of a proposal (native <dialog>: the page is inert behind it, Escape closes it, the
 * focus goes back to the button that opened it). Its body, the form with the codec and the
 * pipeline's readers, is loaded when a dialog first opens: none of it weighs on the first view.
 */
import { lazy, Suspense, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { LoadingStatus } from '../../shared/ui/loading-status';
import type { ProposalRequest } from './proposal-request';

const ProposalForm = lazy(() => import('./proposal-form'));

interface ProposalDialogProps {
  lang: Lang;
  /** The form to show; null: closed. */
  request: ProposalRequest | null;
  onClosed: () => void;
}

export function ProposalDialog({ lang, request, onClosed }: ProposalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (request && dialog && !dialog.open) dialog.showModal();
  }, [request]);

  // Escape closes the dialog only: the fiche around it (which Escape also closes) stays open.
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    dialogRef.current?.close();
  };

  return (
    <dialog ref={dialogRef} className="atlas-dialog proposal-dialog" aria-labelledby={titleId} onClose={onClosed} onKeyDown={onKeyDown}>
      {request ? (
        <Suspense fallback={<LoadingStatus text={t('proposals.loading', lang)} />}>
          <ProposalForm lang={lang} titleId={titleId} request={request} onClose={() => dialogRef.current?.close()} />
        </Suspense>
      ) : null}
    </dialog>
  );
}
