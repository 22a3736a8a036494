/** Messages between the page and the graph-layout worker. */
import type { LayoutInput, LayoutPositions } from './ecosystem-layout';
import type { CommunitiesRequest, CommunityPicture } from './community-picture';

export type GraphLayoutRequest = { type: 'layout'; input: LayoutInput; iterations: number; budgetMs?: number } | CommunitiesRequest;

export interface GraphLayoutReplies {
  layout: LayoutPositions;
  communities: CommunityPicture;
}

/**
 * The communities' work as the page names it when it awaits it (`awaitWork`): a search asked ahead
 * (`background`) stops pausing in its worker. Here, not beside the work: the page reads it without
 * loading the graph libraries.
 */
export const COMMUNITIES_WORK = 'ecosystem-communities';
