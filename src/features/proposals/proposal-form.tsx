/**
 * The body of a proposal dialog, loaded when one first opens (with the codec and the pipeline's
 * readers it needs): the form, then the link and the ways to send it. The checking is the
 * pipeline's (`proposal-check.ts`); this renders the draft and its problems.
 */
import { useId, useRef, type FormEvent } from 'react';
import { KINDS, PROFILES, SCOPES, type Lang } from '../../core/vocabulary';
import { t, tn, type StringKey } from '../../shared/i18n/strings';
import { PlaceCombobox } from '../near-me/place-combobox';
import { communeLabel } from '../near-me/near-place';
import { errorIdOf, FieldMessages, RadioChoice, SelectChoice, sentence, TextField } from './form-fields';
import { PracticeChoice } from './practice-choice';
import type { FieldProblem, ProblemTarget } from './proposal-check';
import { draftOfFiche, newDraft, type Draft } from './proposal-draft';
import type { ProposalRequest } from './proposal-request';
import { FIELD_MAX_LENGTH, REPORT_REASONS, TEXT_MAX_LENGTH, type ProposalField } from './proposal-schema';
import { SendPanel } from './send-panel';
import { TOO_LONG_MESSAGE, useProposalForm } from './use-proposal-form';
import '../near-me/near-me.css';
import './proposals.css';

interface ProposalFormProps {
  lang: Lang;
  titleId: string;
  request: ProposalRequest;
  onClose: () => void;
}

const CONTACT_FIELDS = [
  ['street', 'text', 'street-address'],
  ['postcode', 'text', 'postal-code'],
  ['email', 'email', 'off'],
  ['phone', 'tel', 'off'],
  ['contactPage', 'url', 'off'],
] as const;

export default function ProposalForm({ lang, titleId, request, onClose }: ProposalFormProps) {
  const form = useProposalForm(() => (request.kind === 'new' ? newDraft() : draftOfFiche(request.kind, request.actor, request.details)));
  const { draft, shown } = form;
  const base = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const idOf = (target: ProblemTarget) => `${base}-${target}`;
  const problemsOf = (target: ProblemTarget) => shown.filter((p) => p.field === target);
  const setCell = (field: ProposalField, value: string) => form.update((d) => ({ ...d, cells: { ...d.cells, [field]: value } }));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => form.update((d) => ({ ...d, [key]: value }));
  const name = request.kind === 'new' ? '' : request.actor.name;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.submit()) requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const text = (
    field: ProposalField,
    options: { hint?: string; required?: boolean; rows?: number; type?: 'text' | 'email' | 'tel' | 'url'; autoComplete?: string } = {},
  ) => (
    <TextField
      id={idOf(field)}
      lang={lang}
      label={t(`proposals.field.${field}` as StringKey, lang)}
      hint={options.hint}
      value={draft.cells[field]}
      onChange={(v) => setCell(field, v)}
      onBlur={() => form.touch(field)}
      problems={problemsOf(field)}
      maxLength={FIELD_MAX_LENGTH[field]}
      {...(options.required ? { required: true } : {})}
      {...(options.rows ? { rows: options.rows } : {})}
      {...(options.type ? { type: options.type } : {})}
      {...(options.autoComplete ? { autoComplete: options.autoComplete } : {})}
    />
  );

  const summaryItems: { target: ProblemTarget; problem: FieldProblem }[] = form.submitted
    ? form.blocking.map((p) => ({ target: p.field, problem: p }))
    : [];

  return (
    <div className="proposal-body" data-testid="proposal-form">
      <div className="proposal-head">
        <h2 id={titleId}>{t(`proposals.title.${request.kind}`, lang, { name })}</h2>
        <button type="button" className="detail-close" onClick={onClose}>
          {t('proposals.close', lang)}
        </button>
      </div>
      {form.ready ? (
        <SendPanel lang={lang} ready={form.ready} context={{ actorName: name, communeLabel: draft.communeLabel }} onEdit={form.edit} />
      ) : (
        <form noValidate onSubmit={onSubmit} className="proposal-form">
          <p className="proposal-intro">{t(`proposals.intro.${request.kind}`, lang)}</p>
          {summaryItems.length > 0 || form.tooLong ? (
            <div ref={summaryRef} className="proposal-summary" tabIndex={-1} role="group" aria-labelledby={`${base}-summary`}>
              <p id={`${base}-summary`}>
                {form.tooLong ? sentence(TOO_LONG_MESSAGE) : tn('proposals.errorSummary', summaryItems.length, lang)}
              </p>
              <ul>
                {summaryItems.map(({ target, problem }) => (
                  <li key={`${target}-${problem.message}`}>
                    {target === 'fields' ? (
                      sentence(problem.message)
                    ) : (
                      <a href={`#${idOf(target)}`} onClick={(e) => focusField(e, idOf(target))}>
                        {labelOf(target, lang)} : {problem.message}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}

          {request.kind === 'report' ? (
            <>
              <RadioChoice
                id={idOf('report')}
                legend={t('proposals.field.reason', lang)}
                options={REPORT_REASONS.map((r) => ({ value: r, label: t(`proposals.reason.${r}`, lang) }))}
                value={draft.reason}
                onChange={(r) => set('reason', r)}
                problems={[]}
              />
              <div className="proposal-field">
                <label htmlFor={`${idOf('report')}-text`}>{t('proposals.field.reportText', lang)}</label>
                <textarea
                  id={`${idOf('report')}-text`}
                  rows={4}
                  value={draft.reportText}
                  maxLength={TEXT_MAX_LENGTH.report}
                  aria-invalid={problemsOf('report').length > 0 || undefined}
                  aria-describedby={problemsOf('report').length > 0 ? errorIdOf(idOf('report')) : undefined}
                  onChange={(e) => set('reportText', e.target.value)}
                  onBlur={() => form.touch('report')}
                />
              </div>
              <FieldMessages id={idOf('report')} problems={problemsOf('report')} />
            </>
          ) : (
            <>
              <fieldset className="proposal-group">
                <legend>{t('proposals.group.fiche', lang)}</legend>
                {text('name', { required: request.kind === 'new', autoComplete: 'organization' })}
                <RadioChoice
                  id={idOf('kind')}
                  legend={t('proposals.field.kind', lang)}
                  options={KINDS.list.map((k) => ({ value: k.code, label: KINDS.label(k.code, lang) }))}
                  value={draft.cells.kind}
                  onChange={(v) => setCell('kind', v)}
                  problems={problemsOf('kind')}
                />
                <PracticeChoice
                  id={idOf('practices')}
                  lang={lang}
                  value={draft.cells.practices}
                  onChange={(v) => setCell('practices', v)}
                  problems={problemsOf('practices')}
                />
                <SelectChoice
                  id={idOf('profile')}
                  lang={lang}
                  legend={t('proposals.field.profile', lang)}
                  hint={t('proposals.field.profileHint', lang)}
                  options={PROFILES.list.map((p) => ({ value: p.code, label: PROFILES.label(p.code, lang) }))}
                  value={draft.cells.profile}
                  onChange={(v) => setCell('profile', v)}
                  problems={problemsOf('profile')}
                />
                <SelectChoice
                  id={idOf('scope')}
                  lang={lang}
                  legend={t('proposals.field.scope', lang)}
                  options={SCOPES.list.map((s) => ({ value: s.code, label: SCOPES.label(s.code, lang) }))}
                  value={draft.cells.scope}
                  onChange={(v) => setCell('scope', v)}
                  problems={problemsOf('scope')}
                />
                <div className="proposal-field proposal-commune" id={idOf('commune')}>
                  <PlaceCombobox
                    lang={lang}
                    index={form.gazetteer}
                    label={t('proposals.field.commune', lang)}
                    selectedLabel={draft.communeLabel}
                    onActivate={() => undefined}
                    onPick={(c) =>
                      form.update((d) => ({ ...d, cells: { ...d.cells, commune: c.parent || c.code }, communeLabel: communeLabel(c) }))
                    }
                    onClear={() => form.update((d) => ({ ...d, cells: { ...d.cells, commune: '' }, communeLabel: '' }))}
                    errorId={problemsOf('commune').length > 0 ? errorIdOf(idOf('commune')) : undefined}
                  />
                  <FieldMessages id={idOf('commune')} problems={problemsOf('commune')} />
                </div>
                {text('themes', { hint: t('proposals.field.themesHint', lang) })}
                {text('description', { rows: 5 })}
                {text('website', { type: 'url', hint: t('proposals.field.websiteHint', lang) })}
              </fieldset>
              <fieldset className="proposal-group">
                <legend>{t('proposals.group.contact', lang)}</legend>
                <p className="proposal-hint">{t('proposals.group.contactHint', lang)}</p>
                {CONTACT_FIELDS.map(([field, type, autoComplete]) => (
                  <div key={field}>{text(field, { type, autoComplete })}</div>
                ))}
                {text('social', { rows: 2, hint: t('proposals.field.socialHint', lang) })}
                {text('hours', { rows: 2 })}
              </fieldset>
            </>
          )}
          <div className="proposal-field">
            <label htmlFor={`${base}-note`}>
              {t('proposals.field.note', lang)} <span className="proposal-need">({t('proposals.optional', lang)})</span>
            </label>
            <textarea
              id={`${base}-note`}
              rows={3}
              value={draft.note}
              maxLength={TEXT_MAX_LENGTH.note}
              onChange={(e) => set('note', e.target.value)}
            />
          </div>
          <fieldset className="proposal-group" aria-describedby={`${base}-you`}>
            <legend>{t('proposals.group.you', lang)}</legend>
            <p id={`${base}-you`} className="proposal-hint">
              {t('proposals.group.youHint', lang)}
            </p>
            <div className="proposal-field">
              <label htmlFor={`${base}-fromName`}>
                {t('proposals.field.fromName', lang)} <span className="proposal-need">({t('proposals.optional', lang)})</span>
              </label>
              <input
                id={`${base}-fromName`}
                type="text"
                autoComplete="name"
                value={draft.fromName}
                maxLength={TEXT_MAX_LENGTH.fromName}
                onChange={(e) => set('fromName', e.target.value)}
              />
            </div>
            <TextField
              id={idOf('fromEmail')}
              lang={lang}
              label={t('proposals.field.fromEmail', lang)}
              type="email"
              autoComplete="email"
              value={draft.fromEmail}
              onChange={(v) => set('fromEmail', v)}
              onBlur={() => form.touch('fromEmail')}
              problems={problemsOf('fromEmail')}
              maxLength={254}
            />
          </fieldset>
          <p className="proposal-notice">{t('proposals.nothingPublished', lang)}</p>
          <div className="proposal-actions">
            <button type="submit" className="proposal-button proposal-primary">
              {t('proposals.submit', lang)}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function labelOf(target: ProblemTarget, lang: Lang): string {
  if (target === 'report') return t('proposals.field.reportText', lang);
  if (target === 'fromEmail') return t('proposals.field.fromEmail', lang);
  return t(`proposals.field.${target}` as StringKey, lang);
}

/** A link of the error summary: to the field itself (its first control, for a group). */
function focusField(event: { preventDefault: () => void }, id: string) {
  event.preventDefault();
  const element = document.getElementById(id);
  const control = element?.matches('input, textarea, select') ? element : element?.querySelector<HTMLElement>('input, textarea, select');
  control?.focus();
}
