/**
 * The `fit` preset: before the map is created, the camera that shows the territory whole in the
 * map's box is put in the store (and so in the URL). The map then opens on it, and keeps it when
 * the frame is resized. A camera already in the URL wins (the reader had moved the map).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type RefObject } from 'react';
import { basemapQuery } from '../../state/queries';
import { cameraForExtent, fitExtent, type TerritoryShapes } from './embed-fit';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { MAX_ZOOM, MIN_ZOOM } from '../../shared/map/config';
import { atlasStore } from '../../state/store';

const FIT_PADDING = 16;

/** The camera showing `fit` in `box`, or null if the territory is unknown to `shapes`. */
export function fitCamera(fit: string, shapes: TerritoryShapes | undefined, box: HTMLElement) {
  const extent = fitExtent(fit, shapes);
  if (!extent) return null;
  const { width, height } = box.getBoundingClientRect();
  return cameraForExtent(extent, { width, height, padding: FIT_PADDING, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM });
}

/**
 * True once the map may be created. `layoutSettled`: the bars above the map have their final
 * height (the data, and so the filter chips, are there), so the box measured is the map's.
 */
export function useFitCamera(fit: string | null, box: RefObject<HTMLElement | null>, layoutSettled: boolean, lang: Lang): boolean {
  const [pending, setPending] = useState(() => fit !== null && atlasStore.getState().camera === null);
  const basemap = useQuery(basemapQuery());

  useEffect(() => {
    if (!pending || fit === null || !layoutSettled || !box.current) return;
    const camera = fitCamera(fit, basemap.data, box.current);
    if (camera) {
      atlasStore.getState().setCamera(camera);
      setPending(false);
    } else if (basemap.data) {
      atlasStore.getState().addNotices([t('embed.fitNotFound', lang, { fit })]);
      setPending(false);
    } else if (basemap.isError) {
      setPending(false);
    }
  }, [pending, fit, layoutSettled, basemap.data, basemap.isError, box, lang]);

  return !pending;
}
