/**
 * A graph drawn node by node: the whole ecosystem when it is small enough, or one community of a
 * large one. Laid out in the worker, then drawn with its search, legend and table.
 */
import { useEffect, useMemo, useState, type SyntheticEvent } from 'react';
import { LAYOUT_ITERATIONS, type EcosystemGraph, type EcosystemGraphModel } from './ecosystem-graph';
import type { DatasetIndex } from '../../../core/dataset-index';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../../../shared/i18n/strings';
import { LINK_STYLES, NO_PROFILE_COLOR, OUTSIDE_COLOR, PROFILE_COLORS } from '../link-palette';
import { LoadingStatus } from '../../../shared/ui/loading-status';
import { GraphCanvas } from './graph-canvas';
import { GraphLegend } from './graph-legend';
import { GraphNodeTable } from './graph-node-table';
import { GraphSearch } from './graph-search-box';
import { GraphBridgesToggle } from './graph-bridges-toggle';
import { bridgeIds } from './graph-bridges';
import { layoutGraph } from './layout-graph';
import { useLinkMetrics, useLinkMetricsState } from '../use-link-metrics';

/** The node named by the element an event comes from (a table or search button), if any. */
function nodeOf(event: SyntheticEvent): string | null {
  const target = event.target instanceof Element ? event.target.closest('[data-graph-node]') : null;
  return target?.getAttribute('data-graph-node') ?? null;
}

/** Colours and edge styles, set once on a freshly built graph. */
export function paintGraph(eco: EcosystemGraph): EcosystemGraph {
  eco.graph.forEachNode((id, attributes) => {
    const color = attributes.outside ? OUTSIDE_COLOR : attributes.profile ? PROFILE_COLORS[attributes.profile] : NO_PROFILE_COLOR;
    eco.graph.setNodeAttribute(id, 'color', color);
  });
  eco.graph.forEachEdge((edge, attributes) => {
    eco.graph.mergeEdgeAttributes(edge, {
      color: LINK_STYLES[attributes.linkType].color,
      type: attributes.directed ? 'arrow' : 'line',
      size: 1.5,
    });
  });
  return eco;
}

export function DetailedGraph({
  eco,
  data,
  lang,
  onReady,
}: {
  eco: EcosystemGraph;
  data: DatasetIndex;
  lang: Lang;
  onReady?: (ready: boolean) => void;
}) {
  const [laidOut, setLaidOut] = useState<EcosystemGraphModel | null>(null);
  useEffect(() => {
    let current = true;
    void layoutGraph(eco.graph, LAYOUT_ITERATIONS).then(() => {
      if (current) setLaidOut(eco.graph);
    });
    return () => {
      current = false;
    };
  }, [eco]);
  const ready = laidOut === eco.graph;
  useEffect(() => onReady?.(ready), [onReady, ready]);
  const table = useMemo(() => <GraphNodeTable graph={eco.graph} data={data} lang={lang} />, [eco, data, lang]);

  // The bridges, once the links worker has measured the network.
  const metrics = useLinkMetrics();
  const metricsState = useLinkMetricsState();
  const [showBridges, setShowBridges] = useState(true);
  const bridges = useMemo(() => (metrics ? bridgeIds(eco.graph.nodes(), (id) => metrics.byId.get(id)?.betweenness) : []), [eco, metrics]);
  const ringed = useMemo(() => new Set(showBridges ? bridges : []), [bridges, showBridges]);

  // The node whose name (in the search or the table) has the focus or the pointer: its label shows.
  const [pointed, setPointed] = useState<string | null>(null);
  const point = (event: SyntheticEvent) => setPointed(nodeOf(event));
  const unpoint = () => setPointed(null);
  const pointing = { onFocus: point, onBlur: unpoint, onMouseOver: point, onMouseOut: unpoint };

  return (
    <>
      <div className="graph-tools">
        <div {...pointing}>
          <GraphSearch graph={eco.graph} lang={lang} />
        </div>
        <GraphBridgesToggle
          lang={lang}
          state={metricsState}
          shown={showBridges}
          count={bridges.length}
          onToggle={() => setShowBridges((on) => !on)}
        />
        <GraphLegend lang={lang} />
      </div>
      {ready ? (
        <GraphCanvas graph={eco.graph} lang={lang} pointed={pointed} bridges={ringed} />
      ) : (
        <LoadingStatus text={t('graph.loading', lang)} />
      )}
      <div {...pointing}>{table}</div>
    </>
  );
}
