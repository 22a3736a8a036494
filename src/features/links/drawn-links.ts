/**
 * The selected actor's links as drawn (lines, rings and their counts), worked out once per
 * selection, depth and filter result for every reader: the map's layers and the fiche's network
 * section read the same value.
 */
import type { LinkDepth } from '../../core/url-state';
import type { FilteredView } from '../../state/use-atlas-data';
import { linkLines, type LinkLines } from './link-lines';
import { neighbourhood } from './link-neighbourhood';

let last: { view: FilteredView; id: string; depth: LinkDepth; drawn: LinkLines } | null = null;

/** The links of `id` at `depth` in `view`, or null when the actor is not in its data. */
export function drawnLinks(view: FilteredView | undefined, id: string | null, depth: LinkDepth): LinkLines | null {
  if (!view || id === null || !view.data.rowOf.has(id)) return null;
  if (last && last.view === view && last.id === id && last.depth === depth) return last.drawn;
  const drawn = linkLines(view.data, neighbourhood(view.data.linksOf, id, depth), view.result.matches);
  last = { view, id, depth, drawn };
  return drawn;
}
