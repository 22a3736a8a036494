/// <reference lib="webworker" />
/**
 * The ecosystem graph's heavy work off the main thread, so that the page stays responsive: the
 * layout of a graph, and the communities of a graph too large to draw node by node.
 */
import { layoutPositions } from './ecosystem-layout';
import { communityPicture, pictureBuffers, type CommunityPicture } from './community-picture';
import type { GraphLayoutRequest } from './graph-layout-protocol';
import { serveRpc } from '../../../shared/workers/rpc';

serveRpc<GraphLayoutRequest>(
  (request) =>
    request.type === 'layout' ? layoutPositions(request.input, request.iterations, request.budgetMs) : communityPicture(request),
  (value) => {
    if ('of' in (value as object)) return pictureBuffers(value as CommunityPicture);
    const positions = value as { x: Float64Array; y: Float64Array };
    return [positions.x.buffer, positions.y.buffer];
  },
);
