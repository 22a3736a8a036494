/// <reference lib="webworker" />
/** The ecosystem graph's layout off the main thread: the page stays responsive while it runs. */
import { layoutPositions, type LayoutPositions } from './ecosystem-layout';
import type { GraphLayoutRequest } from './graph-layout-protocol';
import { serveRpc } from '../../../shared/workers/rpc';

serveRpc<GraphLayoutRequest>(
  (request) => layoutPositions(request.input, request.iterations),
  (value) => {
    const positions = value as LayoutPositions;
    return [positions.x.buffer, positions.y.buffer];
  },
);
