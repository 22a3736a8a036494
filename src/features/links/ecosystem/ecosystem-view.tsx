/**
 * The ecosystem view: the filtered actors and their links as a network graph (sigma.js over
 * graphology), with a search, a legend and a table of the same nodes and links for keyboards and
 * screen readers. Loaded on demand (React.lazy): its libraries are not in the first-load code.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { ecosystemGraph, LAYOUT_ITERATIONS, type EcosystemGraphModel } from './ecosystem-graph';
import type { Lang } from '../../../core/vocabulary';
import { t, tn } from '../../../shared/i18n/strings';
import { LINK_STYLES, NO_PROFILE_COLOR, OUTSIDE_COLOR, PROFILE_COLORS } from '../link-palette';
import type { FilteredView } from '../../../state/use-atlas-data';
import { ActorsLoadState } from '../../../shared/ui/actors-load-state';
import { LoadingStatus } from '../../../shared/ui/loading-status';
import { GraphCanvas } from './graph-canvas';
import { GraphLegend } from './graph-legend';
import { GraphNodeTable } from './graph-node-table';
import { GraphSearch } from './graph-search-box';
import { layoutGraph } from './layout-graph';
import './ecosystem.css';

/** `id`: the id of the view's region, the target of a skip link (which focuses it). */
export default function EcosystemView({ id, lang, view }: { id?: string; lang: Lang; view: FilteredView | undefined }) {
  const titleId = useId();
  const eco = useMemo(() => {
    if (!view) return null;
    // Laid out in a worker below: drawn once its nodes have their places.
    const built = ecosystemGraph(view.data, view.result.matches, { iterations: 0 });
    built.graph.forEachNode((id, attributes) => {
      const color = attributes.outside ? OUTSIDE_COLOR : attributes.profile ? PROFILE_COLORS[attributes.profile] : NO_PROFILE_COLOR;
      built.graph.setNodeAttribute(id, 'color', color);
    });
    built.graph.forEachEdge((edge, attributes) => {
      built.graph.mergeEdgeAttributes(edge, {
        color: LINK_STYLES[attributes.linkType].color,
        type: attributes.directed ? 'arrow' : 'line',
        size: 1.5,
      });
    });
    return built;
  }, [view]);
  const [laidOut, setLaidOut] = useState<EcosystemGraphModel | null>(null);

  useEffect(() => {
    if (!eco) return;
    let current = true;
    void layoutGraph(eco.graph, LAYOUT_ITERATIONS).then(() => {
      if (current) setLaidOut(eco.graph);
    });
    return () => {
      current = false;
    };
  }, [eco]);

  return (
    <section id={id} className="graph-view" aria-labelledby={titleId} data-testid="graph-view" tabIndex={id === undefined ? undefined : -1}>
      <h2 id={titleId} className="list-title">
        {t('graph.title', lang)}
      </h2>
      {!view || !eco ? (
        <ActorsLoadState lang={lang} />
      ) : (
        <>
          <p data-testid="graph-summary" data-graph-nodes={eco.graph.order} data-graph-links={eco.links}>
            {`${tn('graph.summary.inside', eco.inside, lang)}, ${tn('graph.summary.outside', eco.outside, lang)}, ${tn('graph.summary.links', eco.links, lang)}.`}
          </p>
          {eco.inside === 0 ? <p>{t('graph.empty', lang)}</p> : null}
          <div className="graph-tools">
            <GraphSearch graph={eco.graph} lang={lang} />
            <GraphLegend lang={lang} />
          </div>
          {laidOut === eco.graph ? <GraphCanvas graph={eco.graph} lang={lang} /> : <LoadingStatus text={t('graph.loading', lang)} />}
          <GraphNodeTable graph={eco.graph} data={view.data} lang={lang} />
        </>
      )}
    </section>
  );
}
