/**
 * « Fraîcheur des fiches »: the fiches not checked for N months (12 unless the person chooses
 * otherwise) and those never dated, by région then département, the oldest first. A région's
 * fiches are put in the page only when it is opened (a sheet may have thousands undated).
 * Renders what the domain (`freshness.ts`) computes from the actors it is given; reads no store.
 */
import { useId, useState } from 'react';
import type { ActorRecordFeature } from '../../../core/model';
import type { Lang } from '../../../core/vocabulary';
import { t, tn } from '../workshop-i18n';
import { territoryText } from '../../../shared/ui/territory-text';
import type { TerritoryNames } from '../../../state/use-territory-names';
import { DEFAULT_MONTHS, type DepartementDue } from './freshness';
import { formatVerificationDate } from './format';
import { useFreshness } from './use-freshness';
import '../completeness/completeness.css';

export interface FreshnessPanelProps {
  /** The fiches as the pipeline built them (`verifiedAt` included). */
  actors: readonly ActorRecordFeature[];
  lang: Lang;
  /** Names of the régions and départements (`useTerritoryNames()`). */
  names: TerritoryNames;
  /** `yyyy-mm-dd`: the day the ages are counted to (`localToday()` from core/grammar/dates). */
  today: string;
  /** The period first proposed, in months (default 12). */
  initialMonths?: number;
}

const MAX_MONTHS = 120;

export function FreshnessPanel({ actors, lang, names, today, initialMonths = DEFAULT_MONTHS }: FreshnessPanelProps) {
  const id = useId();
  const [months, setMonths] = useState(initialMonths);
  const [typed, setTyped] = useState(String(initialMonths));
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const f = useFreshness(actors, today, months);

  const onMonths = (text: string) => {
    setTyped(text);
    const n = Number(text);
    // A half-typed value keeps the last whole one.
    if (text.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= MAX_MONTHS) setMonths(n);
  };
  const toggle = (region: string, isOpen: boolean) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (isOpen) next.add(region);
      else next.delete(region);
      return next;
    });
  const regionName = (code: string) => (code === '' ? t('freshness.noRegion', lang) : territoryText('region', code, names, lang));

  return (
    <section className="workshop-panel" aria-labelledby={`${id}-title`} data-testid="freshness-panel">
      <h2 id={`${id}-title`}>{t('freshness.title', lang)}</h2>
      <p className="workshop-hint">{t('freshness.intro', lang)}</p>
      <p className="workshop-months">
        <label htmlFor={`${id}-months`}>{t('freshness.months', lang)}</label>{' '}
        <input
          id={`${id}-months`}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_MONTHS}
          step={1}
          value={typed}
          onChange={(e) => onMonths(e.target.value)}
        />
      </p>
      <div className="workshop-figures" role="status" data-testid="freshness-summary">
        {f.stale + f.undated === 0 ? (
          <p>{t('freshness.allFresh', lang, { months: f.months })}</p>
        ) : (
          <>
            <p>{tn('freshness.total', f.total, lang)}</p>
            <ul>
              <li>{tn('freshness.fresh', f.fresh, lang, { months: f.months })}</li>
              <li>{tn('freshness.stale', f.stale, lang, { cutoff: formatVerificationDate(f.cutoff, lang) })}</li>
              <li>{tn('freshness.undatedCount', f.undated, lang)}</li>
            </ul>
          </>
        )}
      </div>
      {f.regions.map((r) => (
        <details
          key={r.region}
          className="workshop-region"
          open={open.has(r.region)}
          onToggle={(e) => toggle(r.region, e.currentTarget.open)}
          data-testid={`freshness-region-${r.region || 'none'}`}
        >
          <summary>{tn('freshness.region', r.count, lang, { name: regionName(r.region) })}</summary>
          {open.has(r.region)
            ? r.departements.map((d) => <DepartementTable key={d.departement} due={d} names={names} lang={lang} />)
            : null}
        </details>
      ))}
    </section>
  );
}

function DepartementTable({ due, names, lang }: { due: DepartementDue; names: TerritoryNames; lang: Lang }) {
  const name = due.departement === '' ? t('freshness.noDepartement', lang) : territoryText('departement', due.departement, names, lang);
  return (
    <div className="workshop-table-scroll">
      <table className="workshop-table">
        <caption>{tn('freshness.caption', due.fiches.length, lang, { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('freshness.col.fiche', lang)}</th>
            <th scope="col">{t('freshness.col.verifiedAt', lang)}</th>
            <th scope="col" className="workshop-number">
              {t('freshness.col.age', lang)}
            </th>
          </tr>
        </thead>
        <tbody>
          {due.fiches.map((fiche) => (
            <tr key={fiche.id}>
              <th scope="row">
                {fiche.name}
                {fiche.sample ? <span className="workshop-muted"> {t('freshness.sample', lang)}</span> : null}
              </th>
              <td>{fiche.verifiedAt === '' ? t('freshness.undated', lang) : formatVerificationDate(fiche.verifiedAt, lang)}</td>
              <td className="workshop-number">{fiche.monthsSince === null ? '—' : tn('freshness.age', fiche.monthsSince, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
