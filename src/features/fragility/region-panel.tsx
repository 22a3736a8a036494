/**
 * The profile of one région (the URL's `area`, e.g. `r84`): its dimension summaries, the radar of
 * its 17 scores beside metropolitan France's with the table of the same figures, and the network's
 * records based there, with one button that filters the map to the région.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { actorsQuery } from '../../state/queries';
import { dimensionScores, regionScores, trend } from './fragility';
import { type FragilityData } from '../../core/fragility-data';
import { regionActors } from './region-actors';
import { DIMENSIONS, type Lang } from '../../core/vocabulary';
import { t, tn } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';
import { careNote, formatScore, indexLabel, indexValueText, trendText } from './format';
import { RadarChart } from './radar-chart';
import './fragility.css';
import { indexShortLabel } from './index-labels';
import { FrenchText } from '../../shared/ui/french-text';

interface RegionPanelProps {
  lang: Lang;
  data: FragilityData;
  code: string;
  onClose: () => void;
}

/** How many names the profile lists before "… and n more". */
const LISTED_ACTORS = 8;

export function RegionPanel({ lang, data, code, onClose }: RegionPanelProps) {
  const [tableShown, setTableShown] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const setFilter = useAtlas((s) => s.setFilter);
  const filteredRegions = useAtlas((s) => s.filters.regions);
  const select = useAtlas((s) => s.select);
  const actors = useQuery(actorsQuery());
  const name = data.regions.find((r) => r.code === code)?.name ?? code;
  const national = data.national.code;
  const here = useMemo(
    () =>
      regionActors(
        (actors.data?.features ?? []).map((f) => f.properties),
        code,
      ),
    [actors.data, code],
  );
  const regionDims = dimensionScores(data, code);
  const nationalDims = dimensionScores(data, national);
  const filtered = filteredRegions.length === 1 && filteredRegions[0] === code;

  useEffect(() => {
    heading.current?.focus();
  }, [code]);

  return (
    <section className="fragility-panel" aria-labelledby="fragility-panel-title" data-testid="fragility-panel">
      <div className="fragility-panel-head">
        <h3 id="fragility-panel-title" ref={heading} tabIndex={-1}>
          {t('fragility.panel.title', lang, { region: name })}
        </h3>
        <button type="button" className="detail-close" onClick={onClose} aria-label={t('fragility.panel.close', lang)}>
          ×
        </button>
      </div>
      <ul className="fragility-dims">
        {DIMENSIONS.list.map((d) => {
          const mine = regionDims[d.code];
          const france = nationalDims[d.code];
          return (
            <li key={d.code}>
              {DIMENSIONS.label(d.code, lang)} : {mine === null ? '—' : `${formatScore(mine, lang)} / 10`}{' '}
              <span className="fragility-note">
                ({t('fragility.radar.national', lang)} {france === null ? '—' : formatScore(france, lang)})
              </span>
            </li>
          );
        })}
      </ul>
      <RadarChart
        axes={data.indices.map((i) => ({ short: indexShortLabel(i, lang), full: indexLabel(i, lang) }))}
        region={regionScores(data, code)}
        national={regionScores(data, national)}
        title={t('fragility.radar.title', lang, { region: name })}
        description={t('fragility.radar.desc', lang)}
        regionLabel={t('fragility.radar.region', lang, { region: name })}
        nationalLabel={t('fragility.radar.national', lang)}
      />
      <button type="button" className="detail-button" aria-expanded={tableShown} onClick={() => setTableShown((s) => !s)}>
        {tableShown ? t('fragility.table.hide', lang) : t('fragility.table.show', lang)}
      </button>
      {tableShown ? (
        <div className="fragility-table-wrap" tabIndex={0} role="region" aria-label={t('fragility.table.caption', lang, { region: name })}>
          <table className="fragility-table" data-testid="fragility-table">
            <caption>{t('fragility.table.caption', lang, { region: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fragility.table.index', lang)}</th>
                <th scope="col">{t('fragility.table.value', lang)}</th>
                <th scope="col">{t('fragility.table.trend', lang)}</th>
                <th scope="col">{t('fragility.table.score', lang)}</th>
                <th scope="col">{t('fragility.table.france', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {data.indices.map((index, i) => {
                const entry = index.values[code];
                const france = index.values[national];
                const change = trend(index, code);
                const note = careNote(index, lang);
                return (
                  <tr key={index.id}>
                    <th scope="row">
                      {i + 1}. {indexLabel(index, lang)}
                      {note ? <span className="fragility-care-inline">{note}</span> : null}
                    </th>
                    <td>{indexValueText(index, code, lang) ?? '—'}</td>
                    <td>{change ? trendText(change, lang) : '—'}</td>
                    <td className="num">{entry ? formatScore(entry.score, lang) : '—'}</td>
                    <td className="num">{france ? formatScore(france.score, lang) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="fragility-actors">
        <p>{tn('fragility.actors', here.length, lang)}</p>
        {here.length > 0 ? (
          <ul>
            {here.slice(0, LISTED_ACTORS).map((a) => (
              <li key={a.id}>
                <button type="button" className="fragility-link" onClick={() => select(a.id)}>
                  <FrenchText lang={lang}>{a.name}</FrenchText>
                </button>
              </li>
            ))}
            {here.length > LISTED_ACTORS ? <li>{t('fragility.actors.more', lang, { n: here.length - LISTED_ACTORS })}</li> : null}
          </ul>
        ) : null}
        {filtered ? (
          <p className="fragility-note" role="status">
            {t('fragility.actors.filtered', lang, { region: name })}
          </p>
        ) : (
          <button type="button" className="button button-compact" onClick={() => setFilter('regions', [code])}>
            {t('fragility.actors.filter', lang, { region: name })}
          </button>
        )}
      </div>
    </section>
  );
}
