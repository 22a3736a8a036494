/// <reference lib="webworker" />
/** The network metrics of every actor, betweenness included, off the main thread; paused while a person acts. */
import { columnBuffers, computeLinkMetricsSteps, type LinkMetricsColumns } from './link-metrics';
import type { LinkMetricsReplies, LinkMetricsRequest } from './link-metrics-protocol';
import { serveRpc } from '../../shared/workers/rpc';
import { runStepsInSlices } from '../../core/steps';
import { inputPauses } from '../../state/input-pauses';

/** Work between two looks at the inputs. */
const SLICE_MS = 15;

const pauses = inputPauses();

function handle(request: LinkMetricsRequest): Promise<LinkMetricsReplies[keyof LinkMetricsReplies]> {
  return runStepsInSlices(computeLinkMetricsSteps(request.input), SLICE_MS, pauses.next);
}

// The columns are moved to the page, not copied.
serveRpc(handle, (value) => columnBuffers(value as LinkMetricsColumns));
