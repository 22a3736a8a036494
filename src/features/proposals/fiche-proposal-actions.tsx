/** « Suggérer une correction » and « Signaler un problème » on a fiche, and their dialog. */
import { useRef, useState } from 'react';
import type { ActorDetails, ActorProperties } from '../../core/model';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { ProposalDialog } from './proposal-dialog';
import './proposal-buttons.css';

interface FicheProposalActionsProps {
  lang: Lang;
  actor: ActorProperties;
  /** The fiche's details, when they have arrived: the correction starts from them. */
  details: ActorDetails | undefined;
}

export function FicheProposalActions({ lang, actor, details }: FicheProposalActionsProps) {
  const [kind, setKind] = useState<'correction' | 'report' | null>(null);
  const openerRef = useRef<HTMLButtonElement | null>(null);
  const open = (k: 'correction' | 'report', button: HTMLButtonElement) => {
    openerRef.current = button;
    setKind(k);
  };
  return (
    <div className="fiche-proposals" role="group" aria-label={t('proposals.ficheActions', lang)}>
      <button type="button" className="detail-button" aria-haspopup="dialog" onClick={(e) => open('correction', e.currentTarget)}>
        {t('proposals.correct', lang)}
      </button>
      <button type="button" className="detail-button" aria-haspopup="dialog" onClick={(e) => open('report', e.currentTarget)}>
        {t('proposals.report', lang)}
      </button>
      <ProposalDialog
        lang={lang}
        request={kind ? { kind, actor, details } : null}
        onClosed={() => {
          setKind(null);
          openerRef.current?.focus();
        }}
      />
    </div>
  );
}
