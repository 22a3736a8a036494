import { useQuery } from '@tanstack/react-query';
import { actorsQuery, basemapQuery } from '../../state/queries';
import type { Bounds } from '../list/list';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { ONLINE_STYLE_URL } from '../../shared/map/config';
import { MapView } from './map-view';
import { LinkLayers } from '../links/link-layers';
import { NearRadiusLayer } from '../near-me/near-radius-layer';
import { FollowSelection } from './follow-selection';
import { FitChosenTerritory } from './fit-chosen-territory';
import { PlaceLabelsLayer } from './place-labels-layer';
import { SearchPlaceOffer } from '../near-me/search-place-offer';
import { useOverview, type FilteredView } from '../../state/use-atlas-data';
import { LayersControl } from '../layers/layers-control';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { QueryErrorMessage } from '../../shared/ui/query-error-message';
import { ViewBoundary } from '../../shared/ui/view-boundary';

interface MapAreaProps {
  id: string;
  lang: Lang;
  view: FilteredView | undefined;
  onBoundsChange: (bounds: Bounds) => void;
}

/** The map with the loading and error states of the files it draws. */
export function MapArea({ id, lang, view, onBoundsChange }: MapAreaProps) {
  const basemap = useQuery(basemapQuery());
  const actors = useQuery(actorsQuery());
  const failed = [basemap, actors].find((query) => query.isError);
  const loading = (ONLINE_STYLE_URL === undefined && basemap.isPending) || actors.isPending;
  // A large dataset's first markers are on the map while its actors load (`use-overview-markers.ts`):
  // the status then stands aside, in a corner, instead of over them.
  const markersShown = useOverview() !== undefined && !basemap.isPending;

  return (
    <div id={id} className="map-area" tabIndex={-1}>
      <MapView lang={lang} basemap={basemap.data} basemapPending={basemap.isPending} view={view} onBoundsChange={onBoundsChange}>
        {/* What is drawn over the map fails alone, the map stays. */}
        <ViewBoundary lang={lang} className="view-failure-corner">
          <LayersControl lang={lang} view={view} />
        </ViewBoundary>
        <ViewBoundary lang={lang} className="map-overlay">
          <PlaceLabelsLayer />
          <NearRadiusLayer lang={lang} view={view} />
          <LinkLayers lang={lang} view={view} />
          <FollowSelection view={view} />
        </ViewBoundary>
        <ViewBoundary lang={lang} className="map-overlay">
          <FitChosenTerritory />
        </ViewBoundary>
      </MapView>
      <ViewBoundary lang={lang} className="map-overlay">
        <SearchPlaceOffer lang={lang} view={view} />
      </ViewBoundary>
      {failed?.error ? (
        <div className="map-overlay">
          <QueryErrorMessage lang={lang} error={failed.error} onRetry={() => void failed.refetch()} />
        </div>
      ) : loading ? (
        <div className={`map-overlay map-overlay-quiet${markersShown ? ' map-overlay-aside' : ''}`}>
          <LoadingStatus text={t(markersShown ? 'status.loadingActors' : 'status.loadingMap', lang)} />
        </div>
      ) : null}
    </div>
  );
}
