/**
 * The fragility overlay, inside the layers control: its drawing on the map, the tooltip of the
 * région under the pointer, the legend, the note of an index read in the source's own way, the
 * list of the 13 régions (keyboard reading, opens a région's profile, shown in its own panel by
 * `RegionProfile`).
 * State: the store's `overlay` (`fragility:<index>`, `fragility-dim:<dimension>`) and `area`.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { basemapQuery } from '../../state/queries';
import type { FragilityData } from '../../core/fragility-data';
import { overlayIndex, overlayScores, withScores, type FragilityOverlay as Overlay } from './fragility-overlay';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useMapInstance } from '../../shared/map/map-context';
import { useAtlas } from '../../state/store';
import './fragility.css';
import { FragilityLayers, type RegionPointer } from './fragility-layers';
import { FragilityLegend } from './fragility-legend';
import { careNote, formatScore, overlayTitle, readingLines, valueNote } from './format';

interface FragilityOverlayProps {
  lang: Lang;
  data: FragilityData;
  overlay: Overlay;
  /** False while the control is folded: the control shows the legend itself then. */
  legend?: boolean;
}

const AREA_REGION = /^r(\d{2})$/;

export function FragilityOverlay({ lang, data, overlay, legend = true }: FragilityOverlayProps) {
  const map = useMapInstance();
  const basemap = useQuery(basemapQuery());
  const area = useAtlas((s) => s.area);
  const setArea = useAtlas((s) => s.setArea);
  const [pointer, setPointer] = useState<RegionPointer | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const scores = useMemo(() => overlayScores(data, overlay), [data, overlay]);
  const regions = useMemo(() => (basemap.data ? withScores(basemap.data.regions, scores) : null), [basemap.data, scores]);
  const index = overlayIndex(data, overlay);
  const care = index ? careNote(index, lang) : undefined;
  const note = index ? valueNote(index, lang) : undefined;
  const areaCode = AREA_REGION.exec(area ?? '')?.[1] ?? null;
  const openCode = areaCode !== null && data.regions.some((r) => r.code === areaCode) ? areaCode : null;
  const nameOf = (code: string) =>
    data.regions.find((r) => r.code === code)?.name ??
    basemap.data?.regions.features.find((f) => f.properties.code === code)?.properties.nom ??
    code;
  const open = (code: string) => {
    if (data.regions.some((r) => r.code === code)) setArea(`r${code}`);
  };
  const byScore = [...data.regions].sort((a, b) => (scores.get(b.code) ?? -1) - (scores.get(a.code) ?? -1));
  const title = overlayTitle(data, overlay, lang);

  return (
    <>
      {regions ? (
        <FragilityLayers regions={regions} highlight={focus ?? pointer?.code ?? openCode} onPointer={setPointer} onPick={open} />
      ) : null}
      {/* Into the map's container: the control (and this component) may be folded away. */}
      {pointer
        ? createPortal(
            <div
              className="map-tooltip fragility-tooltip"
              style={{ left: pointer.x + 14, top: pointer.y + 14 }}
              data-testid="fragility-tooltip"
              aria-hidden="true"
            >
              <strong>{nameOf(pointer.code)}</strong>
              <span>{title}</span>
              {readingLines(data, overlay, pointer.code, lang).map((line) => (
                <span key={line}>{line}</span>
              ))}
              {care ? <span className="fragility-tooltip-care">{care}</span> : null}
            </div>,
            map.getContainer(),
          )
        : null}
      <div className="fragility-body" data-testid="fragility-body">
        <h3 className="fragility-title">{title}</h3>
        {care ? (
          <p className="fragility-care" data-testid="fragility-care">
            <strong>{t('fragility.careTitle', lang)} : </strong>
            {care}
          </p>
        ) : null}
        {note ? <p className="fragility-note">{note}</p> : null}
        {legend ? <FragilityLegend lang={lang} data={data} overlay={overlay} /> : null}
        <p className="fragility-note">{lang === 'fr' ? data.source.scaleFr : data.source.scaleEn}</p>
        <p className="fragility-reading" role="status" data-testid="fragility-reading">
          {focus ? `${nameOf(focus)} – ${readingLines(data, overlay, focus, lang).join(' ; ')}` : t('fragility.regions.hint', lang)}
        </p>
        <h4 className="fragility-subtitle">{t('fragility.regions', lang)}</h4>
        <ul className="fragility-regions" data-testid="fragility-regions">
          {byScore.map((r) => {
            const score = scores.get(r.code);
            return (
              <li key={r.code}>
                <button
                  type="button"
                  aria-pressed={openCode === r.code}
                  onFocus={() => setFocus(r.code)}
                  onBlur={() => setFocus(null)}
                  onMouseEnter={() => setFocus(r.code)}
                  onMouseLeave={() => setFocus(null)}
                  onClick={() => open(r.code)}
                >
                  <span>{r.name}</span> <span className="num">{score === undefined ? '—' : `${formatScore(score, lang)} / 10`}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
