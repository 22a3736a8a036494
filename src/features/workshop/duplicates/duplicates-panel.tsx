/**
 * The workshop's possible duplicates: a table of the pairs, likeliest first; « Comparer » shows the
 * two records side by side with the two decisions. The panel only reports a decision
 * (`onDecide`): the workshop writes it in the sheet's `doublon` column. Nothing is merged here.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ActorRecordFeature } from '../../../core/model';
import { PRACTICES, PROFILES, type Lang } from '../../../core/vocabulary';
import { t, tn } from '../workshop-i18n';
import { pairKey, type DuplicatePair } from './duplicate-pairs';
import { explainPair, formatPercent } from './explain';
import './duplicates.css';

export type DuplicateDecision = 'same' | 'different';

export interface DuplicatesPanelProps {
  lang: Lang;
  pairs: readonly DuplicatePair[];
  /** The record of an id, to show both side by side. */
  recordOf: (id: string) => ActorRecordFeature | undefined;
  /** Decisions already taken, by `pairKey(a, b)`. */
  decisions?: ReadonlyMap<string, DuplicateDecision>;
  onDecide: (pair: DuplicatePair, decision: DuplicateDecision) => void;
  /** Pairs shown at first, and added by « Afficher plus ». */
  pageSize?: number;
}

export function DuplicatesPanel({ lang, pairs, recordOf, decisions, onDecide, pageSize = 50 }: DuplicatesPanelProps) {
  const titleId = useId();
  const compareId = useId();
  const [shown, setShown] = useState(pageSize);
  const [open, setOpen] = useState<string | null>(null);
  const openers = useRef(new Map<string, HTMLButtonElement>());
  const openPair = open === null ? undefined : pairs.find((p) => pairKey(p.a, p.b) === open);
  const nameOf = (id: string) => recordOf(id)?.properties.name ?? t('duplicates.unknownRecord', lang, { id });

  const close = () => {
    const opener = open === null ? undefined : openers.current.get(open);
    setOpen(null);
    opener?.focus();
  };

  return (
    <section className="duplicates" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('duplicates.title', lang)}</h2>
      <p>{t('duplicates.intro', lang)}</p>
      {pairs.length === 0 ? (
        <p role="status">{t('duplicates.none', lang)}</p>
      ) : (
        <>
          <p role="status">{tn('duplicates.count', pairs.length, lang)}</p>
          <div className="duplicates-scroll">
            <table className="duplicates-table">
              <caption>{t('duplicates.caption', lang)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('duplicates.col.score', lang)}</th>
                  <th scope="col">{t('duplicates.col.a', lang)}</th>
                  <th scope="col">{t('duplicates.col.b', lang)}</th>
                  <th scope="col">{t('duplicates.col.why', lang)}</th>
                  <th scope="col">{t('duplicates.col.decision', lang)}</th>
                </tr>
              </thead>
              <tbody>
                {pairs.slice(0, shown).map((pair) => {
                  const key = pairKey(pair.a, pair.b);
                  const decision = decisions?.get(key);
                  return (
                    <tr key={key} aria-current={key === open ? 'true' : undefined}>
                      <td className="duplicates-number">{formatPercent(pair.score, lang)}</td>
                      <td>{nameOf(pair.a)}</td>
                      <td>{nameOf(pair.b)}</td>
                      <td>{explainPair(pair, lang)}</td>
                      <td>
                        <span className="duplicates-decision">
                          {decision ? t(`duplicates.decided.${decision}`, lang) : t('duplicates.pending', lang)}
                        </span>{' '}
                        <button
                          type="button"
                          ref={(element) => {
                            if (element) openers.current.set(key, element);
                            else openers.current.delete(key);
                          }}
                          aria-expanded={key === open}
                          aria-controls={key === open ? compareId : undefined}
                          aria-label={t('duplicates.compareLabel', lang, { a: nameOf(pair.a), b: nameOf(pair.b) })}
                          onClick={() => setOpen(key === open ? null : key)}
                        >
                          {t('duplicates.compare', lang)}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {shown < pairs.length && (
            <button type="button" onClick={() => setShown((n) => n + pageSize)}>
              {t('duplicates.showMore', lang, { n: Math.min(pageSize, pairs.length - shown) })}
            </button>
          )}
        </>
      )}
      {openPair && (
        <Comparison
          id={compareId}
          lang={lang}
          pair={openPair}
          a={recordOf(openPair.a)}
          b={recordOf(openPair.b)}
          decision={decisions?.get(pairKey(openPair.a, openPair.b))}
          onDecide={(decision) => onDecide(openPair, decision)}
          onClose={close}
        />
      )}
    </section>
  );
}

interface ComparisonProps {
  id: string;
  lang: Lang;
  pair: DuplicatePair;
  a: ActorRecordFeature | undefined;
  b: ActorRecordFeature | undefined;
  decision: DuplicateDecision | undefined;
  onDecide: (decision: DuplicateDecision) => void;
  onClose: () => void;
}

/** The two records side by side, field by field, and the two decisions. */
function Comparison({ id, lang, pair, a, b, decision, onDecide, onClose }: ComparisonProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sameHintId = useId();
  const differentHintId = useId();
  // Opening a comparison moves the focus to it; closing it returns the focus to its button.
  useEffect(() => headingRef.current?.focus(), [pair.a, pair.b]);

  const fields: { label: string; value: (r: ActorRecordFeature) => string }[] = [
    { label: t('duplicates.field.id', lang), value: (r) => r.properties.id },
    { label: t('duplicates.field.name', lang), value: (r) => r.properties.name },
    { label: t('duplicates.field.commune', lang), value: (r) => communeText(r) },
    { label: t('duplicates.field.website', lang), value: (r) => r.properties.website },
    { label: t('duplicates.field.profile', lang), value: (r) => (r.properties.profile ? PROFILES.label(r.properties.profile, lang) : '') },
    { label: t('duplicates.field.practices', lang), value: (r) => r.properties.practices.map((p) => PRACTICES.label(p, lang)).join(', ') },
    { label: t('duplicates.field.sources', lang), value: (r) => r.properties.sources.join(' ; ') },
  ];
  const cell = (record: ActorRecordFeature | undefined, value: (r: ActorRecordFeature) => string, recordId: string) => {
    if (!record) return t('duplicates.unknownRecord', lang, { id: recordId });
    const text = value(record);
    return text === '' ? <span className="duplicates-empty">{t('duplicates.notSpecified', lang)}</span> : text;
  };

  return (
    <section
      id={id}
      className="duplicates-compare"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('duplicates.compareTitle', lang)}
      </h3>
      <p>{explainPair(pair, lang)}</p>
      <table className="duplicates-table">
        <caption>{t('duplicates.compareCaption', lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('duplicates.field', lang)}</th>
            <th scope="col">{t('duplicates.col.a', lang)}</th>
            <th scope="col">{t('duplicates.col.b', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.label}>
              <th scope="row">{field.label}</th>
              <td>{cell(a, field.value, pair.a)}</td>
              <td>{cell(b, field.value, pair.b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="duplicates-actions">
        <button type="button" aria-describedby={sameHintId} aria-pressed={decision === 'same'} onClick={() => onDecide('same')}>
          {t('duplicates.same', lang)}
        </button>
        <button
          type="button"
          aria-describedby={differentHintId}
          aria-pressed={decision === 'different'}
          onClick={() => onDecide('different')}
        >
          {t('duplicates.different', lang)}
        </button>
        <button type="button" onClick={onClose}>
          {t('duplicates.close', lang)}
        </button>
      </div>
      <p id={sameHintId} className="duplicates-hint">
        {t('duplicates.sameHint', lang, { a: pair.a })}
      </p>
      <p id={differentHintId} className="duplicates-hint">
        {t('duplicates.differentHint', lang)}
      </p>
      <p role="status" className="duplicates-recorded">
        {decision ? t(`duplicates.recorded.${decision}`, lang) : ''}
      </p>
    </section>
  );
}

/** "Poitiers (86194)", or the code alone, or ''. */
function communeText(record: ActorRecordFeature): string {
  const { communeName, commune } = record.properties;
  if (communeName && commune) return `${communeName} (${commune})`;
  return communeName || commune;
}
