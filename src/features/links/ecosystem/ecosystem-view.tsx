/**
 * The ecosystem view: the filtered actors and their links as a network graph (sigma.js over
 * graphology), with a search, a legend and a table of the same nodes and links for keyboards and
 * screen readers. Above `COMMUNITY_THRESHOLD` nodes, communities of actors instead, each opening
 * on its own graph. Loaded on demand (React.lazy): its libraries are not in the first-load code.
 *
 * `data-graph-ready="true"` on the section says that the current drawing is on screen.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { ecosystemGraph } from './ecosystem-graph';
import { COMMUNITY_THRESHOLD, ecosystemRows } from './ecosystem-rows';
import type { Lang } from '../../../core/vocabulary';
import { t, tn } from '../../../shared/i18n/strings';
import type { FilteredView } from '../../../state/use-atlas-data';
import { ActorsLoadState } from '../../../shared/ui/actors-load-state';
import { LoadingStatus } from '../../../shared/ui/loading-status';
import { useAtlas } from '../../../state/store';
import { holdPauses } from '../../../state/input-pauses';
import { CommunityExplorer } from './community-explorer';
import { DetailedGraph, paintGraph } from './detailed-graph';
import { ECOSYSTEM_MARKS } from './graph-worker-client';
import './ecosystem.css';

/** `id`: the id of the view's region, the target of a skip link (which focuses it). */
export default function EcosystemView({ id, lang, view }: { id?: string; lang: Lang; view: FilteredView | undefined }) {
  const titleId = useId();
  // The links may still be on their way (they are read after the first map): a graph drawn
  // without them would be drawn again, its communities found twice (~1–3 s at 100,000 fiches).
  const linksIn = useAtlas((s) => s.links !== undefined);
  const shown = linksIn ? view : undefined;
  const rows = useMemo(() => (shown ? ecosystemRows(shown.data, shown.result.matches) : null), [shown]);
  const aggregated = rows !== null && rows.rows.length > COMMUNITY_THRESHOLD;
  // Built node by node only below the threshold; laid out in a worker before it is drawn.
  const eco = useMemo(
    () => (shown && !aggregated ? paintGraph(ecosystemGraph(shown.data, shown.result.matches, { iterations: 0 })) : null),
    [shown, aggregated],
  );
  const [ready, setReady] = useState(false);
  const onReady = useCallback((value: boolean) => {
    if (value) performance.mark(ECOSYSTEM_MARKS.ready);
    setReady(value);
  }, []);
  useEffect(() => setReady(false), [view]);
  // The work done ahead (the list's orders, the search's descriptions, the network measures)
  // waits for the whole drawing, not only for the first 600 ms after the click.
  useEffect(() => (ready ? undefined : holdPauses()), [ready]);

  return (
    <section
      id={id}
      className="graph-view"
      aria-labelledby={titleId}
      data-testid="graph-view"
      data-graph-ready={ready}
      data-graph-mode={aggregated ? 'communities' : 'nodes'}
      tabIndex={id === undefined ? undefined : -1}
    >
      <h2 id={titleId} className="list-title">
        {t('graph.title', lang)}
      </h2>
      {!view ? (
        <ActorsLoadState lang={lang} />
      ) : !shown || !rows ? (
        <LoadingStatus text={t('graph.linksLoading', lang)} />
      ) : aggregated ? (
        <CommunityExplorer view={shown} rows={rows} lang={lang} onReady={onReady} />
      ) : eco ? (
        <>
          <p data-testid="graph-summary" data-graph-nodes={eco.graph.order} data-graph-links={eco.links}>
            {`${tn('graph.summary.inside', eco.inside, lang)}, ${tn('graph.summary.outside', eco.outside, lang)}, ${tn('graph.summary.links', eco.links, lang)}.`}
          </p>
          {eco.inside === 0 ? <p>{t('graph.empty', lang)}</p> : null}
          <DetailedGraph eco={eco} data={view.data} lang={lang} onReady={onReady} />
        </>
      ) : null}
    </section>
  );
}
