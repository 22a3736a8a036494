/// <reference lib="webworker" />
/** The network metrics of every actor, betweenness included, off the main thread. */
import { columnBuffers, computeLinkMetrics, type LinkMetricsColumns } from './link-metrics';
import type { LinkMetricsReplies, LinkMetricsRequest } from './link-metrics-protocol';
import { serveRpc } from '../../shared/workers/rpc';

function handle(request: LinkMetricsRequest): LinkMetricsReplies[keyof LinkMetricsReplies] {
  return computeLinkMetrics(request.input);
}

// The columns are moved to the page, not copied.
serveRpc(handle, (value) => columnBuffers(value as LinkMetricsColumns));
