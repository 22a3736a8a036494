/**
 * The profile of the région in the URL's `area` (`r84`), in a panel of its own over the map's left
 * side, whatever layer is on, or none: the layers control stays a control and the profile a page
 * one reads. A click on a metropolitan région of the map opens it when no layer is on, and when the
 * layer colours régions (a fragility layer picks its régions itself, in `FragilityLayers`).
 * Rendered inside `MapView`.
 */
import { useQuery } from '@tanstack/react-query';
import type { MapLayerMouseEvent } from 'maplibre-gl';
import { lazy, Suspense, useEffect } from 'react';
import { METROPOLITAN_REGION_CODES } from '../../core/fragility-data';
import { overlayLevel, parseCoverageOverlay } from '../../core/overlays';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useMapInstance } from '../../shared/map/map-context';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { QueryErrorMessage } from '../../shared/ui/query-error-message';
import { fragilityQuery } from '../../state/queries';
import { useAtlas } from '../../state/store';

/** Loaded with the first profile opened: the first view does not need it. */
const RegionPanel = lazy(() => import('./region-panel').then((m) => ({ default: m.RegionPanel })));

const AREA_REGION = /^r(\d{2})$/;
/** The basemap's région fills (see `features/map/basemap-layers.ts`). */
const BASEMAP_REGIONS_LAYER = 'regions-fill';
const METROPOLITAN: ReadonlySet<string> = new Set(METROPOLITAN_REGION_CODES);

/** The metropolitan région code of an `area`, or null. */
export function profileRegion(area: string | null): string | null {
  const code = AREA_REGION.exec(area ?? '')?.[1] ?? null;
  return code !== null && METROPOLITAN.has(code) ? code : null;
}

/** Whether a click on the map's régions opens a profile with this overlay on. */
export function regionClickOpensProfile(overlayId: string | null): boolean {
  if (overlayId === null) return true;
  const coverage = parseCoverageOverlay(overlayId);
  return coverage !== null && overlayLevel(coverage) === 'region';
}

export function RegionProfile({ lang }: { lang: Lang }) {
  const map = useMapInstance();
  const area = useAtlas((s) => s.area);
  const setArea = useAtlas((s) => s.setArea);
  const overlayId = useAtlas((s) => s.overlay);
  const code = profileRegion(area);
  const fragility = useQuery({ ...fragilityQuery(), enabled: code !== null });
  const clickOpens = regionClickOpensProfile(overlayId);

  useEffect(() => {
    if (!clickOpens || map.getLayer(BASEMAP_REGIONS_LAYER) === undefined) return;
    const onClick = (event: MapLayerMouseEvent) => {
      const picked = event.features?.[0]?.properties?.['code'];
      if (typeof picked === 'string' && METROPOLITAN.has(picked)) setArea(`r${picked}`);
    };
    map.on('click', BASEMAP_REGIONS_LAYER, onClick);
    return () => {
      map.off('click', BASEMAP_REGIONS_LAYER, onClick);
    };
  }, [map, clickOpens, setArea]);

  if (code === null) return null;
  const loading = <LoadingStatus text={t('fragility.loading', lang)} />;
  return (
    <div className="region-profile" data-testid="region-profile">
      {fragility.error ? (
        <QueryErrorMessage lang={lang} error={fragility.error} onRetry={() => void fragility.refetch()} />
      ) : fragility.data ? (
        <Suspense fallback={loading}>
          <RegionPanel lang={lang} data={fragility.data} code={code} onClose={() => setArea(null)} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}
