/// <reference lib="webworker" />
/**
 * The ecosystem graph's heavy work off the main thread, so that the page stays responsive: the
 * layout of a graph, and the communities of a graph too large to draw node by node. Communities
 * asked ahead (`background`) give way to the person: their work pauses while someone acts on the
 * page, until the page says it awaits them (`COMMUNITIES_WORK`).
 */
import { layoutPositions } from './ecosystem-layout';
import { communityPictureSteps, pictureBuffers, type CommunityPicture } from './community-picture';
import { COMMUNITIES_WORK, type GraphLayoutRequest } from './graph-layout-protocol';
import { serveRpc } from '../../../shared/workers/rpc';
import { runSteps, runStepsInSlices } from '../../../core/steps';
import { inputPauses } from '../../../state/input-pauses';

const pauses = inputPauses(COMMUNITIES_WORK);

serveRpc<GraphLayoutRequest>(
  (request) => {
    if (request.type === 'layout') return layoutPositions(request.input, request.iterations, request.budgetMs);
    const steps = communityPictureSteps(request);
    return request.background ? runStepsInSlices(steps, 0, pauses.next) : runSteps(steps);
  },
  (value) => {
    if ('of' in (value as object)) return pictureBuffers(value as CommunityPicture);
    const positions = value as { x: Float64Array; y: Float64Array };
    return [positions.x.buffer, positions.y.buffer];
  },
);
