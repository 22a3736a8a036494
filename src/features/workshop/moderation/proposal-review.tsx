/**
 * One proposal under review: who and when (for the staff only), the fiche it is about, the
 * comparison table with a decision per field (two radio buttons: arrows move between them), the
 * report if any, the possible duplicates of a new fiche, and « Appliquer à la feuille ».
 */
import { useEffect, useRef } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t, tn, type StringKey } from '../workshop-i18n';
import type { ComparedField } from './comparison';
import { useModeration, type Outcome } from './moderation-store';
import type { Decision, ReadableEntry } from './proposal-queue';
import { proposalDate, proposerText } from './proposal-text';
import { useReview, type Review } from './use-review';

export function ProposalReview({ lang }: { lang: Lang }) {
  const review = useReview();
  const heading = useRef<HTMLHeadingElement>(null);
  const key = review?.entry.key;
  // A proposal chosen in the queue takes the focus to its title.
  useEffect(() => {
    if (key) heading.current?.focus();
  }, [key]);
  if (!review) return null;
  const { entry, number } = review;
  const kind = entry.status === 'refused' ? t('moderation.status.refused', lang) : t(`moderation.kind.${entry.proposal.kind}`, lang);
  return (
    <section className="moderation-review" aria-labelledby="moderation-review-title" data-testid="moderation-review">
      <h3 id="moderation-review-title" ref={heading} tabIndex={-1}>
        {t('moderation.review.title', lang, { n: number, kind })}
        {entry.status !== 'refused' && review.ficheName ? ` « ${review.ficheName} »` : ''}
      </h3>
      {entry.status === 'refused' ? (
        <div className="query-error" role="alert">
          <p className="query-error-title">{t('moderation.refused.title', lang)}</p>
          <ul>
            {entry.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ReadableReview lang={lang} review={review} entry={entry} />
      )}
    </section>
  );
}

function ReadableReview({ lang, review, entry }: { lang: Lang; review: Review; entry: ReadableEntry }) {
  const decide = useModeration((s) => s.decide);
  const decideAll = useModeration((s) => s.decideAll);
  const apply = useModeration((s) => s.apply);
  const reject = useModeration((s) => s.reject);
  const outcome = useModeration((s) => (s.outcome?.key === entry.key ? s.outcome : null));
  const { proposal: p } = entry;
  const comparison = review.comparison;
  const pending = entry.status === 'pending';
  const canApply = pending && review.sheet !== null && !comparison?.missing;

  return (
    <>
      <p>{t('moderation.review.from', lang, { who: proposerText(p, lang), when: proposalDate(p.at, lang) })}</p>
      {p.from?.name || p.from?.email ? <p className="workshop-muted">{t('moderation.review.staffOnly', lang)}</p> : null}
      {p.note ? (
        <blockquote className="moderation-note">
          <p>{t('moderation.review.note', lang)}</p>
          <p>{p.note}</p>
        </blockquote>
      ) : null}
      {review.sheet === null && !comparison?.missing ? <p className="query-error">{t('moderation.review.noSheet', lang)}</p> : null}
      {comparison?.missing ? (
        <p className="query-error" role="alert">
          {t('moderation.review.missing', lang, { id: p.actorId ?? '' })}
        </p>
      ) : comparison?.target ? (
        <p className="workshop-muted">
          {t('moderation.review.where', lang, { name: review.ficheName, sheet: comparison.target.sheet, line: comparison.target.row.line })}
        </p>
      ) : review.sheet ? (
        <p className="workshop-muted">{t('moderation.review.newWhere', lang, { sheet: review.sheet })}</p>
      ) : null}

      {p.report ? (
        <div className="moderation-report" data-testid="moderation-report">
          <h4>{t('moderation.report.title', lang)}</h4>
          <p>{t('moderation.report.reason', lang, { reason: t(`proposals.reason.${p.report.reason}`, lang) })}</p>
          {p.report.text ? <p>{t('moderation.report.text', lang, { text: p.report.text })}</p> : null}
          <DecisionRadios
            lang={lang}
            name={`${entry.key}-report`}
            label={t('moderation.report.accept', lang)}
            value={entry.decisions.report}
            disabled={!pending}
            onChange={(d) => decide(entry.key, 'report', d)}
          />
          <p className="workshop-muted">
            {t(p.report.reason === 'closed' ? 'moderation.report.closedHint' : 'moderation.report.hint', lang)}
          </p>
        </div>
      ) : null}

      {comparison && comparison.fields.length > 0 ? (
        <div className="moderation-table-wrap">
          <table className="moderation-compare" data-testid="moderation-compare">
            <caption>{t('moderation.review.caption', lang)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('moderation.col.field', lang)}</th>
                <th scope="col">{t('moderation.col.current', lang)}</th>
                <th scope="col">{t('moderation.col.proposed', lang)}</th>
                <th scope="col">{t('moderation.col.decision', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.fields.map((f) => (
                <FieldRow
                  key={f.field}
                  lang={lang}
                  entryKey={entry.key}
                  field={f}
                  isNew={p.kind === 'new'}
                  decision={entry.decisions[f.field]}
                  disabled={!pending}
                  onDecide={(d) => decide(entry.key, f.field, d)}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {p.kind === 'new' ? <Duplicates lang={lang} review={review} /> : null}

      {pending ? (
        <div className="moderation-actions">
          <button type="button" className="button button-compact" onClick={() => decideAll(entry.key, 'accept')}>
            {t('moderation.acceptAll', lang)}
          </button>
          <button type="button" className="button button-compact" onClick={() => decideAll(entry.key, 'reject')}>
            {t('moderation.rejectAll', lang)}
          </button>
          <button type="button" className="button" disabled={!canApply} onClick={() => apply(entry.key)}>
            {t('moderation.apply', lang)}
          </button>
          <button type="button" className="button button-compact" onClick={() => reject(entry.key)}>
            {t('moderation.rejectProposal', lang)}
          </button>
        </div>
      ) : null}
      <p className="moderation-outcome" role="status" data-testid="moderation-outcome">
        {outcome ? outcomeText(outcome, lang) : ''}
      </p>
    </>
  );
}

function FieldRow(props: {
  lang: Lang;
  entryKey: string;
  field: ComparedField;
  isNew: boolean;
  decision: Decision | undefined;
  disabled: boolean;
  onDecide: (d: Decision) => void;
}) {
  const { lang, field: f } = props;
  const label = t(`proposals.field.${f.field}` as StringKey, lang);
  return (
    <tr data-field={f.field} data-changed={f.changed ? 'true' : 'false'}>
      <th scope="row">{label}</th>
      <td className="moderation-current">
        {props.isNew ? '' : f.current || <span className="workshop-muted">{t('moderation.empty', lang)}</span>}
        {!props.isNew && f.column === null ? <span className="workshop-muted"> ({t('moderation.noColumn', lang)})</span> : null}
      </td>
      <td className="moderation-proposed">
        {f.proposed || <span className="workshop-muted">{t('moderation.empty', lang)}</span>}
        {!props.isNew && !f.changed ? <span className="workshop-muted"> ({t('moderation.unchanged', lang)})</span> : null}
        {f.problems.length > 0 ? (
          <ul className="moderation-problems">
            {f.problems.map((problem) => (
              <li key={problem.message} className={`moderation-problem-${problem.severity}`}>
                {problem.message}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>
        <DecisionRadios
          lang={lang}
          name={`${props.entryKey}-${f.field}`}
          label={t('moderation.decisionLabel', lang, { field: label })}
          value={props.decision}
          disabled={props.disabled}
          onChange={props.onDecide}
        />
      </td>
    </tr>
  );
}

/** « Accepter » / « Refuser », a labelled group of two radio buttons. */
function DecisionRadios(props: {
  lang: Lang;
  name: string;
  label: string;
  value: Decision | undefined;
  disabled: boolean;
  onChange: (d: Decision) => void;
}) {
  return (
    <fieldset className="moderation-decision" disabled={props.disabled}>
      <legend className="visually-hidden">{props.label}</legend>
      {(['accept', 'reject'] as const).map((d) => (
        <label key={d}>
          <input type="radio" name={props.name} value={d} checked={props.value === d} onChange={() => props.onChange(d)} />{' '}
          {t(d === 'accept' ? 'moderation.accept' : 'moderation.reject', props.lang)}
        </label>
      ))}
    </fieldset>
  );
}

function Duplicates({ lang, review }: { lang: Lang; review: Review }) {
  return (
    <div className="moderation-duplicates" data-testid="moderation-duplicates">
      <h4>{t('moderation.duplicates.title', lang)}</h4>
      {review.duplicates === null ? (
        <p className="workshop-muted">{t('moderation.duplicates.needsCheck', lang)}</p>
      ) : review.duplicates.length === 0 ? (
        <p className="workshop-muted">{t('moderation.duplicates.none', lang)}</p>
      ) : (
        <ul>
          {review.duplicates.map((d) => (
            <li key={d.id}>{t('moderation.duplicates.item', lang, { name: d.name, id: d.id, why: d.explanation })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function outcomeText(outcome: Outcome, lang: Lang): string {
  switch (outcome.kind) {
    case 'applied':
      return tn('moderation.outcome.applied', outcome.changes, lang, { n: outcome.changes, sheet: outcome.sheet, id: outcome.id });
    case 'rejected':
      return t('moderation.outcome.rejected', lang);
    case 'missing':
      return t('moderation.outcome.missing', lang);
    case 'noSheet':
      return t('moderation.outcome.noSheet', lang);
  }
}
