/** Messages between the page and the graph-layout worker. */
import type { LayoutInput, LayoutPositions } from './ecosystem-layout';
import type { CommunitiesRequest, CommunityPicture } from './community-picture';

export type GraphLayoutRequest = { type: 'layout'; input: LayoutInput; iterations: number; budgetMs?: number } | CommunitiesRequest;

export interface GraphLayoutReplies {
  layout: LayoutPositions;
  communities: CommunityPicture;
}
