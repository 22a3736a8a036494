/** Messages between the page and the clustering worker. */
import type { PointColumns } from '../../core/dataset-index';
import type { MapItem } from '../../core/cluster-index';

export type BBox = [number, number, number, number];

export type ClusterRequest =
  | { type: 'init'; columns: PointColumns }
  | { type: 'filter'; matches: Uint8Array; view: { bbox: BBox; zoom: number } }
  | { type: 'items'; bbox: BBox; zoom: number }
  | { type: 'expansionZoom'; clusterId: number }
  | { type: 'leaves'; clusterId: number };

export interface ClusterReplies {
  init: null;
  /** The matching placed rows and the items in view under the new filter. */
  filter: { points: number; items: MapItem[] };
  items: { items: MapItem[] };
  expansionZoom: { zoom: number };
  leaves: { rows: number[] };
}
