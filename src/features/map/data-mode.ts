/**
 * Whether the actors are read whole or as tiles, from `meta.json`: light, in the first view, so
 * that the tiled mode's code (PMTiles, tile decoding) loads only for a tiled dataset.
 */
import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../../state/queries';
import type { TilesInfo } from './tiled-map-view';

export type DataMode = { mode: 'pending' } | { mode: 'whole' } | { mode: 'tiled'; tiles: TilesInfo };

/**
 * How the page reads the actors: `pending` until `meta.json` tells, `tiled` when it has `tiles`,
 * `whole` otherwise (and when `meta.json` fails: the rows are then loaded as always).
 */
export function useDataMode(): DataMode {
  const meta = useQuery(metaQuery());
  const tiles = meta.data?.tiles;
  if (tiles) return { mode: 'tiled', tiles };
  // Once failed, `whole` for good: a retry of the failed file (a view mounting asks for it again)
  // turns the query back to pending, which must not take the views down and up again.
  return meta.data !== undefined || meta.errorUpdatedAt > 0 ? { mode: 'whole' } : { mode: 'pending' };
}
