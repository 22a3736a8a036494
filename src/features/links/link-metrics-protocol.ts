/** Messages between the page and the network-metrics worker. */
import type { LinkMetricsColumns, LinkMetricsInput } from './link-metrics';

export type LinkMetricsRequest =
  /** The whole network, once per dataset; its arrays are moved to the worker, not copied. */
  { type: 'compute'; input: LinkMetricsInput };

export interface LinkMetricsReplies {
  /** One entry per actor, moved back to the page. */
  compute: LinkMetricsColumns;
}
