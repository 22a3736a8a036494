/**
 * The map's layers control ("Calques"): the one choice of overlay (`LayersChoice`), then
 * everything that goes with the layer that is on: for a coverage layer, its legend, value under
 * the pointer or of the focused row, table alternative, ranking, and its drawing on the map; for a
 * fragility layer, `FragilityOverlay`. Rendered inside `MapView`, so it comes along wherever the
 * map goes (embed included). State: the store's `overlay` (see `coverage-overlay.ts` and
 * `fragility-overlay.ts` for the ids); the rest is local to the view.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { fragilityQuery } from '../../state/queries';
import { countedKind } from '../coverage/coverage';
import { parseCoverageOverlay } from '../../core/overlays';
import { parseFragilityOverlay } from '../../core/overlays';
import type { Lang } from '../../core/vocabulary';
import { t, tn } from '../../shared/i18n/strings';
import { COMMUNES_MINZOOM } from '../coverage/map-layers';
import { useMapInstance } from '../../shared/map/map-context';
import { useAtlas } from '../../state/store';
import type { FilteredView } from '../../state/use-atlas-data';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { QueryErrorMessage } from '../../shared/ui/query-error-message';
import { FragilityOverlay } from '../fragility/fragility-overlay-view';
import { FragilityLegend } from '../fragility/fragility-legend';
import { profileRegion } from '../fragility/region-profile';
import { LayersChoice } from './layers-choice';
import { isSmallScreen } from '../../shared/ui/small-screen';
import './layers.css';
import { CoverageLayers, type MapPointer } from '../coverage/coverage-layers';
import { CoverageLegend } from '../coverage/coverage-legend';
import { CoverageTable } from '../coverage/coverage-table';
import { classLabel, formatDensity, formatShare, readCommune, readDensity, readWhite } from '../coverage/format';
import { RankingPanel } from '../coverage/ranking-panel';
import { priorityCodes } from '../coverage/coverage-ranking';
import { PriorityLayers } from '../coverage/priority-layers';
import { useCoverageView } from '../coverage/use-coverage-view';
import { LayersTitle } from './layers-title';
import { LAYERS_BUTTON_ID } from './layers-button-id';

interface CoverageOverlayProps {
  lang: Lang;
  view: FilteredView | undefined;
  /** Loaded because the person unfolded the control: it starts unfolded, its button focused. */
  unfolded?: boolean;
}

export function CoverageOverlay({ lang, view, unfolded = false }: CoverageOverlayProps) {
  const map = useMapInstance();
  const overlayId = useAtlas((s) => s.overlay);
  const overlay = parseCoverageOverlay(overlayId);
  const fragilityOverlay = parseFragilityOverlay(overlayId);
  const setOverlay = useAtlas((s) => s.setOverlay);
  const kinds = useAtlas((s) => s.filters.kinds);
  const kind = countedKind(kinds);
  // Opened by a link, it starts unfolded, except on a phone where it would hide the map.
  const [open, setOpen] = useState(() => unfolded || (overlayId !== null && !isSmallScreen()));
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (unfolded) toggle.current?.focus();
  }, [unfolded]);
  const fragilityData = useQuery({ ...fragilityQuery(), enabled: open || fragilityOverlay !== null });
  const [focus, setFocus] = useState<string | null>(null);
  const [pointer, setPointer] = useState<MapPointer | null>(null);
  const [zoom, setZoom] = useState(() => map.getZoom());
  const [tableShown, setTableShown] = useState(false);

  const {
    level,
    isWhite,
    km,
    gazetteer,
    fragility,
    densities: namedDensities,
    white,
    whiteRows,
    classes,
    palette,
    counts,
    fillColor,
    zeroCodes,
    communes,
    totals,
    unplaced,
    ready,
    computing,
  } = useCoverageView(overlay, view);

  // On a phone, a région's profile opened from here takes the bottom of the screen: the control folds.
  const area = useAtlas((s) => s.area);
  useEffect(() => {
    if (profileRegion(area) !== null && isSmallScreen()) setOpen(false);
  }, [area]);

  // Unfolds when one of its layers is turned on later, from here or from elsewhere (menu, history).
  const firstOverlay = useRef(overlayId);
  useEffect(() => {
    if (overlayId !== firstOverlay.current && overlayId !== null) setOpen(true);
    firstOverlay.current = null;
  }, [overlayId]);

  useEffect(() => {
    setFocus(null);
    setPointer(null);
  }, [level]);

  useEffect(() => {
    const onZoom = () => setZoom(map.getZoom());
    map.on('zoomend', onZoom);
    return () => {
      map.off('zoomend', onZoom);
    };
  }, [map]);

  const readCode = (code: string | null): string | null => {
    if (code === null) return null;
    if (isWhite) {
      const row = whiteRows?.find((r) => r.code === code);
      return row ? readWhite(row, km, lang) : null;
    }
    const row = namedDensities?.find((r) => r.code === code);
    return row ? readDensity(row, kind, lang) : null;
  };
  const pointerText =
    pointer?.kind === 'commune'
      ? readCommune(pointer.properties.name, pointer.properties.distance, pointer.properties.population, lang)
      : readCode(pointer?.code ?? null);
  const focusText = readCode(focus);

  const zeroLabel = t(`coverage.zero.${kind}`, lang);
  const legendLabel = (k: number) =>
    isWhite
      ? k === 0
        ? t('coverage.class.zeroShare', lang)
        : classLabel(k, classes, (v) => formatShare(v, lang), '', lang)
      : classLabel(k, classes, (v) => formatDensity(v, lang), zeroLabel, lang);

  const coverageLegend =
    overlay && gazetteer.data ? (
      <CoverageLegend
        lang={lang}
        title={isWhite ? t('coverage.unit.white', lang, { km }) : t(`coverage.unit.${kind}`, lang)}
        classes={classes}
        palette={palette}
        counts={counts}
        level={level}
        label={legendLabel}
        hatchZero={!isWhite}
        communes={isWhite ? t('coverage.communesLegend', lang, { km }) : undefined}
      />
    ) : null;
  // Folded, the control keeps the legend of the layer that is on: the map's colours stay explained.
  const foldedLegend = open ? null : fragilityOverlay && fragilityData.data ? (
    <FragilityLegend lang={lang} data={fragilityData.data} overlay={fragilityOverlay} compact />
  ) : (
    coverageLegend
  );

  const priorities = useMemo(
    () =>
      overlay?.kind === 'ranking' && fragility.data && namedDensities
        ? priorityCodes(fragility.data, overlay.measure, namedDensities)
        : null,
    [overlay, fragility.data, namedDensities],
  );

  return (
    <>
      {priorities && ready ? <PriorityLayers codes={priorities} text={t('ranking.priority.mark', lang)} /> : null}
      {overlay && ready ? (
        <CoverageLayers
          level={level}
          fillColor={fillColor}
          zeroCodes={zeroCodes}
          highlight={focus ?? (pointer?.kind === 'territory' ? pointer.code : null)}
          communes={isWhite ? communes : null}
          onPointer={setPointer}
          onPick={setFocus}
        />
      ) : null}
      {pointer && pointerText ? (
        <div className="map-tooltip coverage-tooltip" style={{ left: pointer.x, top: pointer.y }} aria-hidden="true">
          {pointerText}
        </div>
      ) : null}
      <section
        className="coverage-control"
        aria-labelledby="coverage-title"
        data-open={open}
        data-wide={overlay?.kind === 'ranking' || fragilityOverlay !== null || tableShown}
        data-testid="coverage-control"
      >
        <h2 id="coverage-title" className="coverage-title">
          <button
            ref={toggle}
            id={LAYERS_BUTTON_ID}
            type="button"
            aria-expanded={open}
            aria-controls="coverage-body"
            onClick={() => setOpen((o) => !o)}
          >
            <LayersTitle lang={lang} />
            <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
          </button>
        </h2>
        {foldedLegend ? (
          <div className="layers-folded-legend" data-testid="layers-folded-legend">
            {foldedLegend}
          </div>
        ) : null}
        <div id="coverage-body" className="coverage-body" hidden={!open}>
          <LayersChoice lang={lang} overlayId={overlayId} fragility={fragilityData.data} onChange={setOverlay} />
          {fragilityOverlay ? (
            fragilityData.error ? (
              <QueryErrorMessage lang={lang} error={fragilityData.error} onRetry={() => void fragilityData.refetch()} />
            ) : fragilityData.data ? (
              <FragilityOverlay lang={lang} data={fragilityData.data} overlay={fragilityOverlay} legend={open} />
            ) : (
              <LoadingStatus text={t('fragility.loading', lang)} />
            )
          ) : null}
          {overlay === null ? null : gazetteer.error ? (
            <QueryErrorMessage lang={lang} error={gazetteer.error} onRetry={() => void gazetteer.refetch()} />
          ) : !gazetteer.data ? (
            <LoadingStatus text={t('coverage.loading', lang)} />
          ) : (
            <>
              {overlay.kind === 'ranking' ? (
                fragility.error ? (
                  <QueryErrorMessage lang={lang} error={fragility.error} onRetry={() => void fragility.refetch()} />
                ) : fragility.data && namedDensities ? (
                  <>
                    <RankingPanel
                      lang={lang}
                      data={fragility.data}
                      measure={overlay.measure}
                      regions={namedDensities}
                      active={focus}
                      onActivate={setFocus}
                      onOverlay={setOverlay}
                    />
                    <p className="coverage-note" data-testid="priority-key">
                      <span className="priority-key" aria-hidden="true" /> {t('ranking.priority.key', lang)}
                    </p>
                  </>
                ) : (
                  <LoadingStatus text={t('ranking.loading', lang)} />
                )
              ) : null}
              {open ? coverageLegend : null}
              {isWhite && zoom < COMMUNES_MINZOOM ? <p className="coverage-note">{t('coverage.zoomHint', lang)}</p> : null}
              <p className="coverage-note" data-testid="coverage-counted">
                {tn('coverage.counted', totals.counted, lang, { real: totals.real, sample: totals.sample })}{' '}
                {unplaced > 0 ? tn('coverage.unplaced', unplaced, lang) : null}
              </p>
              <p
                className="coverage-reading"
                role="status"
                data-testid="coverage-reading"
                data-ms={white ? Math.round(white.ms) : undefined}
              >
                {computing ? t('coverage.computing', lang) : (focusText ?? t('coverage.read.hint', lang))}
              </p>
              <CoverageTable
                lang={lang}
                level={level}
                kind={kind}
                km={km}
                densities={isWhite ? undefined : namedDensities}
                white={isWhite ? whiteRows : undefined}
                active={focus}
                onActivate={setFocus}
                shown={tableShown}
                onShow={setTableShown}
              />
              <details className="coverage-about">
                <summary>{t('coverage.about', lang)}</summary>
                <p className="coverage-note">
                  {isWhite ? t('coverage.definition.white', lang, { km }) : t('coverage.definition.density', lang)}
                </p>
                <p className="coverage-note">{t('coverage.sources', lang)}</p>
              </details>
            </>
          )}
        </div>
      </section>
    </>
  );
}
