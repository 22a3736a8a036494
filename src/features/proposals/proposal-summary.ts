/**
 * A proposal as people read it, in French (the network's staff read it): the subject and body of
 * the mail, the text of the downloaded file, the JSON posted to a form service. Values are shown
 * with the vocabulary's labels; the link carries the proposal itself.
 */
import { slugify } from '../../core/grammar/codes';
import { KINDS, PRACTICES, PROFILES, SCOPES } from '../../core/vocabulary';
import { t, type StringKey } from '../../shared/i18n/strings';
import { PROPOSAL_FIELDS, type Proposal, type ProposalField } from './proposal-schema';

export interface SummaryContext {
  /** The fiche's name, for a correction or a report. */
  actorName?: string;
  /** How the commune is shown (« Poitiers (86) ») instead of its code. */
  communeLabel?: string;
}

function shown(field: ProposalField, value: string, context: SummaryContext): string {
  if (value === '') return t('proposals.none', 'fr');
  switch (field) {
    case 'kind':
      return KINDS.is(value) ? KINDS.label(value) : value;
    case 'profile':
      return PROFILES.is(value) ? PROFILES.label(value) : value;
    case 'scope':
      return SCOPES.is(value) ? SCOPES.label(value) : value;
    case 'practices':
      return value
        .split(';')
        .map((p) => (PRACTICES.is(p) ? PRACTICES.label(p) : p))
        .join(', ');
    case 'commune':
      return context.communeLabel || value;
    default:
      return value;
  }
}

/** « nouvelle fiche », « correction de la fiche « X » »… */
export function proposalWhat(p: Proposal, context: SummaryContext = {}): string {
  return t(`proposals.kindLabel.${p.kind}`, 'fr', { name: context.actorName ?? p.actorId ?? '' });
}

export function proposalSubject(p: Proposal, context: SummaryContext = {}): string {
  const what = proposalWhat(p, context);
  return t('proposals.mail.subject', 'fr', { what: p.kind === 'new' && p.fields.name ? `${what} « ${p.fields.name} »` : what });
}

/** The readable text of a proposal, then its link. */
export function proposalSummary(p: Proposal, link: string, context: SummaryContext = {}): string {
  const lines = [`Proposition : ${proposalWhat(p, context)}${p.actorId ? ` (identifiant ${p.actorId})` : ''}`, `Date : ${p.at}`, ''];
  if (p.report) {
    lines.push(`${t('proposals.field.reason', 'fr')} : ${t(`proposals.reason.${p.report.reason}`, 'fr')}`);
    if (p.report.text) lines.push(`${t('proposals.field.reportText', 'fr')} : ${p.report.text}`);
  }
  for (const f of PROPOSAL_FIELDS) {
    const value = p.fields[f];
    if (value !== undefined) lines.push(`${t(`proposals.field.${f}` as StringKey, 'fr')} : ${shown(f, value, context)}`);
  }
  if (p.note) lines.push('', `${t('proposals.field.note', 'fr')} : ${p.note}`);
  if (p.from?.name || p.from?.email)
    lines.push('', `Proposé par : ${[p.from.name, p.from.email].filter(Boolean).join(', ')} (pour l’équipe seulement)`);
  lines.push('', 'Pour relire et décider, ouvrez ce lien dans l’atelier des données :', link, '');
  return lines.join('\n');
}

/** A `mailto:` link to the network's address with the subject and body filled in. */
export function mailtoHref(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
}

/** `proposition-maison-des-alliances-2026-12-06.txt`. */
export function proposalFileName(p: Proposal, context: SummaryContext = {}): string {
  const about = slugify(p.fields.name ?? context.actorName ?? p.actorId ?? '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return `proposition-${about ? `${about}-` : ''}${p.at.slice(0, 10)}.txt`;
}

/** What is posted to the network's form service. */
export function proposalPayload(p: Proposal, link: string, context: SummaryContext = {}) {
  return { subject: proposalSubject(p, context), link, summary: proposalSummary(p, link, context), proposal: p };
}
