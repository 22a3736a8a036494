/**
 * Draws the selected actor's links on the map (its own, or links of links at depth 2), styled by
 * type, with rings around the linked actors. Links to actors outside the filters stay, grey.
 * The counts go into a note for screen readers (and for the tests), since the lines are pixels.
 */
import { drawnLinksText } from './drawn-links-text';
import { useMemo } from 'react';
import { neighbourhood } from './link-neighbourhood';
import { linkLines, type LinkLines } from './link-lines';
import type { Lang } from '../../core/vocabulary';
import { useAtlas } from '../../state/store';
import type { FilteredView } from '../../state/use-atlas-data';
import { FEATURE_BEFORE, useMapInstance } from '../../shared/map/map-context';
import { LINK_LAYERS, LINK_LINES_SOURCE, LINK_POINTS_SOURCE, LINK_WARM_LAYERS, linkWarmSamples } from './map-layers';
import { useWarmLayers } from '../../shared/map/warm-layers';
import { useGeoJsonOverlay } from '../../shared/map/use-geo-json-overlay';

export function LinkLayers({ lang, view }: { lang: Lang; view: FilteredView | undefined }) {
  const map = useMapInstance();
  const selected = useAtlas((s) => s.selected);
  const depth = useAtlas((s) => s.depth);

  const drawn: LinkLines | null = useMemo(() => {
    if (!view || !selected || !view.data.rowOf.has(selected)) return null;
    return linkLines(view.data, neighbourhood(view.data.linksOf, selected, depth), view.result.matches);
  }, [view, selected, depth]);

  const overlay = useMemo(() => (drawn ? { [LINK_LINES_SOURCE]: drawn.lines, [LINK_POINTS_SOURCE]: drawn.points } : null), [drawn]);
  useGeoJsonOverlay(map, overlay, LINK_LAYERS, FEATURE_BEFORE);
  useWarmLayers(map, LINK_WARM_LAYERS, linkWarmSamples);

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
