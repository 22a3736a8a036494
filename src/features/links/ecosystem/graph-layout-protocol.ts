/** Messages between the page and the graph-layout worker. */
import type { LayoutInput, LayoutPositions } from './ecosystem-layout';

export type GraphLayoutRequest = { type: 'layout'; input: LayoutInput; iterations: number };

export interface GraphLayoutReplies {
  layout: LayoutPositions;
}
