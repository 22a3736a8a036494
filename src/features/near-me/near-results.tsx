/** The nearest actors, nearest first, then the national networks that serve everywhere, apart. */
import { useEffect, useMemo, useState } from 'react';
import type { NearbyHit } from './nearby';
import { KINDS, PROFILES, type Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { formatKm } from './strings';
import { useAtlas } from '../../state/store';
import type { DatasetIndex } from '../../core/dataset-index';
import { NATIONALS_SHOWN, nationalsByName, type Nearby } from './use-nearby';
import { useTerritoryNames, type TerritoryNames } from '../../state/use-territory-names';
import { territoryText } from '../../shared/ui/territory-text';
import { PracticeList } from '../../shared/ui/practice-list';
import { SampleBadge } from '../../shared/ui/sample-badge';
import { FrenchText } from '../../shared/ui/french-text';

const PAGE = 10;

interface NearResultsProps {
  lang: Lang;
  data: DatasetIndex;
  nearby: Nearby;
  radius: number;
  /** The next radius up, to widen an empty search; null at the largest. */
  widerRadius: number | null;
  onWiden: () => void;
}

export function NearResults({ lang, data, nearby, radius, widerRadius, onWiden }: NearResultsProps) {
  const [shown, setShown] = useState(PAGE);
  const [allNationals, setAllNationals] = useState(false);
  const names = useTerritoryNames();
  // A new search starts with the first page again.
  useEffect(() => setShown(PAGE), [nearby.within]);

  const hits = nearby.within.length > 0 ? nearby.within : nearby.beyond;
  const approximate = hits.slice(0, shown).some((h) => h.approximate);
  const all = useMemo(() => (allNationals ? nationalsByName(data, nearby) : null), [allNationals, data, nearby]);
  const nationals = all ?? nearby.firstNationals;

  return (
    <div className="near-results">
      {nearby.within.length === 0 && nearby.beyond.length > 0 ? (
        <>
          <h4 className="near-subtitle">{t('near.beyondTitle', lang, { radius })}</h4>
          {widerRadius !== null ? (
            <button type="button" className="link-button near-widen" onClick={onWiden}>
              {t('near.widen', lang, { radius: widerRadius })}
            </button>
          ) : null}
        </>
      ) : null}
      {hits.length > 0 ? (
        <ol className="near-list" aria-label={t('near.resultsLabel', lang)} data-testid="near-list">
          {hits.slice(0, shown).map((hit) => (
            <NearItem key={hit.row} lang={lang} data={data} hit={hit} names={names} />
          ))}
        </ol>
      ) : null}
      {hits.length > shown ? (
        <button type="button" className="list-button near-more" onClick={() => setShown((n) => n + PAGE)}>
          {t('near.showMore', lang, { n: Math.min(PAGE, hits.length - shown) })}
        </button>
      ) : null}
      {approximate ? <p className="near-note">{t('near.approxNote', lang)}</p> : null}

      {nearby.nationals.length > 0 ? (
        <section className="near-nationals" aria-labelledby="near-nationals-title" data-testid="near-nationals">
          <h4 id="near-nationals-title" className="near-subtitle">
            {t('near.nationalsTitle', lang)} ({nearby.nationals.length})
          </h4>
          <p className="near-note">{t('near.nationalsHint', lang)}</p>
          <ul className="near-national-list">
            {nationals.map((row) => (
              <NationalItem key={row} lang={lang} data={data} row={row} />
            ))}
          </ul>
          {nearby.nationals.length > NATIONALS_SHOWN ? (
            <button type="button" className="link-button" aria-expanded={allNationals} onClick={() => setAllNationals((x) => !x)}>
              {allNationals ? t('near.fewerNationals', lang) : t('near.showAllNationals', lang, { n: nearby.nationals.length })}
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

function NearItem({ lang, data, hit, names }: { lang: Lang; data: DatasetIndex; hit: NearbyHit; names: TerritoryNames }) {
  const select = useAtlas((s) => s.select);
  const actor = data.features[hit.row]?.properties;
  if (!actor) return null;
  const facts = [
    actor.communeName || (actor.departement ? territoryText('departement', actor.departement, names, lang) : ''),
    actor.profile ? PROFILES.label(actor.profile, lang) : '',
    actor.kind === 'project' ? KINDS.label('project', lang) : '',
  ].filter(Boolean);
  return (
    <li className="near-item" data-km={hit.km.toFixed(3)}>
      <div className="near-item-head">
        <button type="button" className="near-item-name" onClick={() => select(actor.id)}>
          <FrenchText lang={lang}>{actor.name}</FrenchText>
        </button>
        <span className="near-item-km">{formatKm(hit.km, lang)}</span>
      </div>
      <p className="near-item-facts">
        {hit.approximate ? (
          <span className="near-approx">
            {t('near.approx', lang)}
            <span className="visually-hidden">{t('near.approxLong', lang)}</span>
          </span>
        ) : null}
        {facts.join(' · ')}
        {actor.sample ? <SampleBadge lang={lang} /> : null}
      </p>
      {actor.practices.length > 0 ? <PracticeList practices={actor.practices} lang={lang} /> : null}
    </li>
  );
}

function NationalItem({ lang, data, row }: { lang: Lang; data: DatasetIndex; row: number }) {
  const select = useAtlas((s) => s.select);
  const actor = data.features[row]?.properties;
  if (!actor) return null;
  return (
    <li className="near-national">
      <button type="button" className="near-item-name" onClick={() => select(actor.id)}>
        <FrenchText lang={lang}>{actor.name}</FrenchText>
      </button>
      <span className="near-item-facts">
        {actor.profile ? PROFILES.label(actor.profile, lang) : null}
        {actor.sample ? <SampleBadge lang={lang} /> : null}
      </span>
    </li>
  );
}
