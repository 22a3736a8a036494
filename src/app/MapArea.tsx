import { useQuery } from '@tanstack/react-query';
import { actorsQuery, basemapQuery } from '../data/queries';
import type { Bounds } from '../domain/list';
import type { Lang } from '../domain/vocabulary';
import { t } from '../i18n/strings';
import { ONLINE_STYLE_URL } from '../map/config';
import { MapView } from '../map/MapView';
import { LinkLayers } from '../map/LinkLayers';
import { NearRadiusLayer } from '../map/NearRadiusLayer';
import type { FilteredView } from '../state/useAtlasData';
import { LayersControl } from './layers/LayersControl';
import { LoadingStatus } from './LoadingStatus';
import { QueryErrorMessage } from './QueryErrorMessage';

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

  return (
    <div id={id} className="map-area" tabIndex={-1}>
      <MapView lang={lang} basemap={basemap.data} basemapPending={basemap.isPending} view={view} onBoundsChange={onBoundsChange}>
        <LayersControl lang={lang} view={view} />
        <NearRadiusLayer lang={lang} />
        <LinkLayers lang={lang} view={view} />
      </MapView>
      {failed?.error ? (
        <div className="map-overlay">
          <QueryErrorMessage lang={lang} error={failed.error} onRetry={() => void failed.refetch()} />
        </div>
      ) : loading ? (
        <div className="map-overlay map-overlay-quiet">
          <LoadingStatus text={t('status.loadingMap', lang)} />
        </div>
      ) : null}
    </div>
  );
}
