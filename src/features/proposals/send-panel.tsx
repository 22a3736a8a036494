/**
 * A proposal ready to go: its link, and the ways to send it the build offers (mail to the
 * network, copy, download, post to the network's form service). Nothing is published from here.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { downloadText } from '../list/download';
import { PROPOSALS_EMAIL, PROPOSALS_ENDPOINT } from './proposal-config';
import { postProposal } from './proposal-settings';
import { mailtoHref, proposalFileName, proposalPayload, proposalSubject, proposalSummary, type SummaryContext } from './proposal-summary';
import type { ReadyProposal } from './use-proposal-form';

interface SendPanelProps {
  lang: Lang;
  ready: ReadyProposal;
  context: SummaryContext;
  onEdit: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'copied' }
  | { kind: 'copyFailed' }
  | { kind: 'posting' }
  | { kind: 'posted' }
  | { kind: 'postFailed'; reason: string };

export function SendPanel({ lang, ready, context, onEdit }: SendPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const linkRef = useRef<HTMLTextAreaElement>(null);
  const linkId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { proposal, link } = ready;
  const summary = proposalSummary(proposal, link, context);

  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setStatus({ kind: 'copied' });
    } catch {
      linkRef.current?.focus();
      linkRef.current?.select();
      setStatus({ kind: 'copyFailed' });
    }
  };

  const post = async (endpoint: string) => {
    setStatus({ kind: 'posting' });
    const result = await postProposal(endpoint, proposalPayload(proposal, link, context));
    setStatus(result.ok ? { kind: 'posted' } : { kind: 'postFailed', reason: result.reason });
  };

  return (
    <section className="proposal-send" aria-labelledby={`${linkId}-title`} data-testid="proposal-send">
      <h3 id={`${linkId}-title`} ref={headingRef} tabIndex={-1}>
        {t('proposals.ready', lang)}
      </h3>
      <p className="proposal-notice">
        {t('proposals.nothingPublished', lang)} {t('proposals.sendWays', lang)}
      </p>
      <div className="proposal-field">
        <label htmlFor={linkId}>{t('proposals.link', lang)}</label>
        <textarea
          id={linkId}
          ref={linkRef}
          readOnly
          rows={3}
          value={link}
          spellCheck={false}
          data-testid="proposal-link"
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="proposal-actions">
        {PROPOSALS_EMAIL ? (
          <a className="proposal-button proposal-primary" href={mailtoHref(PROPOSALS_EMAIL, proposalSubject(proposal, context), summary)}>
            {t('proposals.sendEmail', lang)}
          </a>
        ) : null}
        {PROPOSALS_ENDPOINT ? (
          <button
            type="button"
            className="proposal-button proposal-primary"
            disabled={status.kind === 'posting' || status.kind === 'posted'}
            onClick={() => void post(PROPOSALS_ENDPOINT as string)}
          >
            {t('proposals.post', lang)}
          </button>
        ) : null}
        <button type="button" className="proposal-button" onClick={() => void copy()}>
          {t('proposals.copy', lang)}
        </button>
        <button
          type="button"
          className="proposal-button"
          onClick={() => downloadText(proposalFileName(proposal, context), summary, 'text/plain;charset=utf-8')}
        >
          {t('proposals.download', lang)}
        </button>
      </div>
      {PROPOSALS_EMAIL ? <p className="proposal-hint">{t('proposals.sendEmailHint', lang, { address: PROPOSALS_EMAIL })}</p> : null}
      <p className="proposal-hint">{t('proposals.downloadHint', lang)}</p>
      <p
        className={status.kind === 'postFailed' || status.kind === 'copyFailed' ? 'proposal-status proposal-error' : 'proposal-status'}
        role="status"
      >
        {statusText(status, lang)}
      </p>
      <button type="button" className="proposal-link-button" onClick={onEdit}>
        {t('proposals.edit', lang)}
      </button>
    </section>
  );
}

function statusText(status: Status, lang: Lang): string {
  switch (status.kind) {
    case 'copied':
      return t('proposals.copied', lang);
    case 'copyFailed':
      return t('proposals.copyFailed', lang);
    case 'posting':
      return t('proposals.posting', lang);
    case 'posted':
      return t('proposals.posted', lang);
    case 'postFailed':
      return t('proposals.postFailed', lang, { reason: status.reason });
    default:
      return '';
  }
}
