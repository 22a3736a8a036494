/**
 * "Près de chez moi": a commune (or the browser's position), a radius, and the nearest actors that
 * match the filters. The gazetteer is fetched the first time the box gets the focus, or when the
 * URL names a commune; never with the first page load.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { Commune } from '../../core/gazetteer';
import { communeLabel } from './near-place';
import { RADII, type Radius } from '../../core/url-state';
import type { Lang } from '../../core/vocabulary';
import { t, tn, type StringKey } from '../../shared/i18n/strings';
import { ofPlace } from './strings';
import { useAtlas } from '../../state/store';
import type { FilteredView } from '../../state/use-atlas-data';
import { prepareNearby, useGazetteer, useNearby, useNearOrigin, type NearOrigin } from './use-nearby';
import { whenIdle } from '../../state/perf-marks';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { QueryErrorMessage } from '../../shared/ui/query-error-message';
import { NearResults } from './near-results';
import { radiusReaching } from './near-fit';
import { PlaceCombobox } from './place-combobox';
import { useGeolocation, type GeolocationFailure } from './use-geolocation';
import './near-me.css';

/** Four decimals (about 10 m): what the URL keeps of a position. */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

const GEO_MESSAGES: Record<GeolocationFailure, StringKey> = {
  denied: 'near.geo.denied',
  unavailable: 'near.geo.unavailable',
  timeout: 'near.geo.timeout',
  unsupported: 'near.geo.unsupported',
};

export function NearMePanel({ lang, view }: { lang: Lang; view: FilteredView | undefined }) {
  const titleId = useId();
  const near = useAtlas((s) => s.near);
  const radius = useAtlas((s) => s.radius);
  const setNear = useAtlas((s) => s.setNear);
  const setRadius = useAtlas((s) => s.setRadius);
  const addNotices = useAtlas((s) => s.addNotices);
  const [activated, setActivated] = useState(false);
  const gazetteer = useGazetteer(activated || near?.kind === 'commune');
  const origin = useNearOrigin();
  const nearby = useNearby(view, origin, radius);
  // Once the box is used, what a pick needs wherever the place is, prepared while the person types.
  useEffect(() => {
    if (!activated || !view) return;
    return whenIdle(() => prepareNearby(view), 1000);
  }, [activated, view]);
  // A point from this browser's position is "votre position"; one from a shared link is not.
  const [devicePoint, setDevicePoint] = useState<string | null>(null);

  const onPosition = useCallback(
    (lat: number, lon: number) => {
      const point = { kind: 'point', lat: round4(lat), lon: round4(lon) } as const;
      setDevicePoint(`${point.lat},${point.lon}`);
      setNear(point);
    },
    [setNear],
  );
  const geo = useGeolocation(onPosition);

  // A shared link with a commune code nobody has: say so, and drop it.
  useEffect(() => {
    if (origin.status !== 'unknown') return;
    addNotices([t('near.unknownCode', lang, { code: origin.code })]);
    setNear(null);
  }, [origin, addNotices, setNear, lang]);

  const onPick = useCallback((commune: Commune) => setNear({ kind: 'commune', code: commune.code }), [setNear]);
  const onClear = useCallback(() => {
    geo.reset();
    setNear(null);
  }, [geo, setNear]);

  const fromDevice = near?.kind === 'point' && devicePoint === `${near.lat},${near.lon}`;
  const place = placePhrase(origin, fromDevice, lang);
  const selectedLabel =
    origin.status === 'ready'
      ? origin.commune
        ? communeLabel(origin.commune)
        : fromDevice
          ? t('near.myPosition', lang)
          : `${origin.lat}, ${origin.lon}`
      : near?.kind === 'commune'
        ? near.code
        : '';
  // « Élargir » reaches the nearest result beyond the radius: never a second empty answer.
  const nearest = nearby?.beyond[0];
  const widerRadius = nearest ? radiusReaching(RADII, radius, nearest.km) : null;

  return (
    <section className="near" aria-labelledby={titleId} data-testid="near-panel">
      <h3 id={titleId} className="near-title">
        {t('near.title', lang)}
      </h3>
      <PlaceCombobox
        lang={lang}
        index={gazetteer.data}
        selectedLabel={selectedLabel}
        onActivate={() => setActivated(true)}
        onPick={onPick}
        onClear={onClear}
      />
      <button
        type="button"
        className="near-locate"
        onClick={geo.locate}
        disabled={geo.state.status === 'locating'}
        aria-describedby={geo.state.status === 'failed' ? `${titleId}-geo` : undefined}
      >
        <span className="near-locate-icon" aria-hidden="true" />
        {geo.state.status === 'locating' ? t('near.locating', lang) : t('near.locate', lang)}
      </button>
      {geo.state.status === 'failed' ? (
        <p id={`${titleId}-geo`} className="near-error" role="alert">
          {t(GEO_MESSAGES[geo.state.failure], lang)}
        </p>
      ) : null}
      {gazetteer.error && (activated || near?.kind === 'commune') ? (
        <QueryErrorMessage lang={lang} error={gazetteer.error} onRetry={() => void gazetteer.refetch()} />
      ) : null}

      {near ? (
        <fieldset className="near-radius">
          <legend>{t('near.radius', lang)}</legend>
          {RADII.map((r) => (
            <label key={r}>
              <input type="radio" name={`${titleId}-radius`} checked={radius === r} onChange={() => setRadius(r as Radius)} />
              <span>{t('near.radiusValue', lang, { n: r })}</span>
            </label>
          ))}
        </fieldset>
      ) : null}

      <p className="near-summary" role="status" data-testid="near-summary">
        {summary(lang, origin, nearby, radius, place)}
      </p>
      {near && origin.status === 'loading' ? <LoadingStatus text={t('near.loadingPlaces', lang)} /> : null}
      {near && nearby && view ? (
        <NearResults
          lang={lang}
          data={view.data}
          nearby={nearby}
          radius={radius}
          widerRadius={widerRadius}
          onWiden={() => widerRadius !== null && setRadius(widerRadius)}
        />
      ) : null}
    </section>
  );
}

function placePhrase(origin: NearOrigin, fromDevice: boolean, lang: Lang): string {
  if (origin.status !== 'ready') return '';
  if (origin.commune) return ofPlace(origin.commune.name, lang);
  return fromDevice ? t('near.ofMyPosition', lang) : t('near.ofPoint', lang, { lat: origin.lat, lon: origin.lon });
}

function summary(lang: Lang, origin: NearOrigin, nearby: ReturnType<typeof useNearby>, radius: number, place: string): string {
  if (origin.status !== 'ready' || !nearby) return '';
  const nationals = nearby.nationals.length > 0 ? ` ${tn('near.nationals', nearby.nationals.length, lang)}` : '';
  if (nearby.within.length > 0) return tn('near.summary', nearby.within.length, lang, { radius, place }) + nationals;
  if (nearby.beyond.length > 0) return t('near.summaryNone', lang, { radius, place }) + nationals;
  return t('near.nothingPlaced', lang) + nationals;
}
