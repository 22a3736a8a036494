/**
 * « Qualification et complétude »: how complete the workshop's fiches are, field by field and
 * territory by territory, which fiches lack the most and what to fill first. Renders what the
 * domain (`completeness.ts`) computes from the actors it is given; reads no store.
 */
import { useCallback, useId, useState } from 'react';
import type { ActorRecordFeature } from '../../../core/model';
import type { Lang } from '../../../core/vocabulary';
import { formatNumber, t, tn } from '../workshop-i18n';
import { territoryText } from '../../../shared/ui/territory-text';
import type { Basemap } from '../../../state/queries';
import type { TerritoryNames } from '../../../state/use-territory-names';
import { CompletenessMap } from './completeness-map';
import { FieldTable } from './field-table';
import { formatPercent } from './format';
import { LeastComplete } from './least-complete';
import { NextFields } from './next-fields';
import { TerritoryTable, type TerritoryLevel } from './territory-table';
import { useCompleteness } from './use-completeness';
import './completeness.css';

export interface CompletenessPanelProps {
  /** The fiches as the pipeline built them (every property, `qualification` and `missing` included). */
  actors: readonly ActorRecordFeature[];
  lang: Lang;
  /** Names of the régions and départements (`useTerritoryNames()`). */
  names: TerritoryNames;
  /** The basemap (`basemapQuery()`): with it, a map of the départements; without, the tables only. */
  basemap?: Basemap | undefined;
  /** How many of the least complete fiches to list (default 100). */
  limit?: number;
}

export function CompletenessPanel({ actors, lang, names, basemap, limit }: CompletenessPanelProps) {
  const c = useCompleteness(actors, limit);
  const [level, setLevel] = useState<TerritoryLevel>('departement');
  const id = useId();
  const nameOf = useCallback(
    (kind: TerritoryLevel, code: string) =>
      code === ''
        ? t(kind === 'region' ? 'completeness.noRegion' : 'completeness.noDepartement', lang)
        : territoryText(kind, code, names, lang),
    [names, lang],
  );

  return (
    <section className="workshop-panel" aria-labelledby={`${id}-title`} data-testid="completeness-panel">
      <h2 id={`${id}-title`}>{t('completeness.title', lang)}</h2>
      <p className="workshop-hint">{t('completeness.intro', lang)}</p>
      {c.total === 0 ? (
        <p>{t('completeness.none', lang)}</p>
      ) : (
        <>
          <p className="workshop-figures" data-testid="completeness-summary">
            <strong>
              {tn('completeness.summary', c.complete, lang, {
                total: formatNumber(c.total, lang),
                share: formatPercent(c.completeShare, lang),
              })}
            </strong>{' '}
            {t('completeness.mean', lang, { share: formatPercent(c.meanQualification, lang) })}
          </p>
          <FieldTable fields={c.fields} lang={lang} />
          <NextFields next={c.next} lang={lang} headingId={`${id}-next`} />
          <section className="workshop-section" aria-labelledby={`${id}-territories`}>
            <h3 id={`${id}-territories`}>{t('completeness.territories.title', lang)}</h3>
            <fieldset className="workshop-choice">
              <legend>{t('completeness.level', lang)}</legend>
              {(['departement', 'region'] as const).map((l) => (
                <label key={l}>
                  <input type="radio" name={`${id}-level`} value={l} checked={level === l} onChange={() => setLevel(l)} />
                  {t(`completeness.level.${l}`, lang)}
                </label>
              ))}
            </fieldset>
            <TerritoryTable key={level} level={level} rows={level === 'region' ? c.regions : c.departements} nameOf={nameOf} lang={lang} />
          </section>
          {basemap ? <CompletenessMap basemap={basemap} departements={c.departements} lang={lang} headingId={`${id}-map`} /> : null}
          <LeastComplete fiches={c.leastComplete} incomplete={c.incomplete} lang={lang} headingId={`${id}-least`} />
        </>
      )}
    </section>
  );
}
