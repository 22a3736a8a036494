/**
 * Draws the selected actor's links on the map (its own, or links of links at depth 2), styled by
 * type, with rings around the linked actors. Links to actors outside the filters stay, grey.
 * The counts go into a note for screen readers (and for the tests), since the lines are pixels.
 */
import { drawnLinksText } from './drawn-links-text';
import type { FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { drawnLinks } from './drawn-links';
import type { Lang } from '../../core/vocabulary';
import { useAtlas } from '../../state/store';
import type { FilteredView } from '../../state/use-atlas-data';
import { FEATURE_BEFORE, useMapInstance } from '../../shared/map/map-context';
import { LINK_LAYERS, LINK_LINES_SOURCE, LINK_POINTS_SOURCE, LINK_WARM_LAYERS, linkWarmSamples } from './map-layers';
import { useWarmLayers } from '../../shared/map/warm-layers';
import { useGeoJsonOverlay } from '../../shared/map/use-geo-json-overlay';

const EMPTY = { type: 'FeatureCollection', features: [] } as const satisfies FeatureCollection;
const NO_LINKS = { [LINK_LINES_SOURCE]: EMPTY, [LINK_POINTS_SOURCE]: EMPTY };

export function LinkLayers({ lang, view }: { lang: Lang; view: FilteredView | undefined }) {
  const map = useMapInstance();
  const selected = useAtlas((s) => s.selected);
  const depth = useAtlas((s) => s.depth);

  const drawn = drawnLinks(view, selected, depth);

  const warm = useWarmLayers(map, LINK_WARM_LAYERS, linkWarmSamples);
  // Once their programs are warm, the sources and layers stay, empty when no fiche is open: a
  // fiche's opening and closing then only give the sources their data (adding and removing the
  // 27 layers took ~17 ms of the click's task, and as much when the fiche closed).
  const overlay = useMemo(
    () => (drawn ? { [LINK_LINES_SOURCE]: drawn.lines, [LINK_POINTS_SOURCE]: drawn.points } : warm ? NO_LINKS : null),
    [drawn, warm],
  );
  useGeoJsonOverlay(map, overlay, LINK_LAYERS, FEATURE_BEFORE);

  if (!drawn) return null;
  const hidden = drawn.unplaced + drawn.samePlace;
  return (
    <p
      className="visually-hidden"
      data-testid="links-map-note"
      data-links-drawn={drawn.drawn}
      data-links-dimmed={drawn.dimmed}
      data-links-hidden={hidden}
      data-links-depth={depth}
    >
      {drawnLinksText(drawn, lang)}
    </p>
  );
}
