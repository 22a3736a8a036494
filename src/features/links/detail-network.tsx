import { drawnLinksText } from './drawn-links-text';
import { useMemo } from 'react';
import type { DatasetIndex } from '../../core/dataset-index';
import { drawnLinks } from './drawn-links';
import type { ActorProperties } from '../../core/model';
import type { LinkDepth } from '../../core/url-state';
import { PROFILES, type Lang } from '../../core/vocabulary';
import { useTerritoryNames } from '../../state/use-territory-names';
import { t } from '../../shared/i18n/strings';
import { atlasStore, useAtlas } from '../../state/store';
import { useFilteredView } from '../../state/use-atlas-data';
import { useLinkMetrics, useLinkMetricsState } from './use-link-metrics';
import { actorLinkFacts } from './actor-link-facts';
import { Fact } from '../fiche/fact';
import { LinkLegend } from './link-legend';

const DEPTHS: readonly LinkDepth[] = [1, 2];

/**
 * The actor in the network: its metrics (links, worlds bridged, bridging rank), how far its links
 * are drawn on the map (with the map's legend), and its territory's ecosystem in one click.
 */
interface DetailNetworkProps {
  data: DatasetIndex;
  actor: ActorProperties;
  lang: Lang;
  headingId: string;
  /** Offer the territory's ecosystem view. */
  ecosystem: boolean;
}

export function DetailNetwork({ data, actor, lang, headingId, ecosystem }: DetailNetworkProps) {
  const metrics = useLinkMetrics();
  const state = useLinkMetricsState();
  const depth = useAtlas((s) => s.depth);
  const setDepth = useAtlas((s) => s.setDepth);
  const view = useFilteredView();
  const mine = metrics?.byId.get(actor.id);
  // Links and worlds need only the actor's own links: shown at once, before the whole network's metrics.
  const facts = useMemo(() => actorLinkFacts(data, actor.id), [data, actor.id]);
  const method = metrics?.betweennessMethod;
  const hasLinks = (data.linksOf.get(actor.id)?.length ?? 0) > 0;
  const drawn = drawnLinks(view, actor.id, depth);

  return (
    <section className="detail-section" aria-labelledby={headingId} data-testid="detail-network">
      <h3 id={headingId} className="detail-subtitle">
        {t('links.network', lang)}
      </h3>
      <dl className="detail-facts detail-metrics">
        <Fact label={t('links.metric.links', lang)}>
          <span data-testid="metric-links">{facts.links}</span>
        </Fact>
        <Fact label={t('links.metric.worlds', lang)}>
          <span data-testid="metric-worlds">{facts.worlds}</span>
          {facts.profiles.length > 0 ? (
            <span className="detail-note">{facts.profiles.map((p) => PROFILES.label(p, lang)).join(', ')}</span>
          ) : null}
          <span className="detail-note">{t('links.metric.worldsHint', lang)}</span>
        </Fact>
        <Fact label={t('links.metric.betweenness', lang)}>
          <span data-testid="metric-betweenness" data-state={state} aria-live="polite">
            {state === 'unavailable'
              ? t('links.metric.unavailable', lang)
              : !mine || !metrics
                ? t('links.metric.pending', lang)
                : mine.betweenness > 0
                  ? t('links.metric.rankOf', lang, { rank: mine.betweennessRank, total: metrics.ranked })
                  : // Linked to fewer than two actors: on no path, exactly, even when the rest is estimated.
                    t(method && !method.exact && mine.linked > 1 ? 'links.metric.noBridgeEstimate' : 'links.metric.noBridge', lang)}
          </span>
          {method && !method.exact && mine && mine.linked > 1 ? (
            <>
              <span className="detail-note" data-testid="metric-estimate">
                {t('links.metric.estimate', lang, { sources: method.sources, nodes: method.nodes, error: method.error * 100 })}
              </span>
              <span className="detail-note">{t('links.metric.estimateHint', lang)}</span>
            </>
          ) : null}
          <span className="detail-note">{t('links.metric.betweennessHint', lang)}</span>
        </Fact>
      </dl>
      {hasLinks ? (
        <>
          <fieldset className="detail-depth">
            <legend>{t('links.depth.legend', lang)}</legend>
            {DEPTHS.map((d) => (
              <label key={d}>
                <input type="radio" name="link-depth" value={d} checked={depth === d} onChange={() => setDepth(d)} />
                {t(d === 1 ? 'links.depth.1' : 'links.depth.2', lang)}
              </label>
            ))}
          </fieldset>
          {drawn ? (
            <p className="detail-note" data-testid="detail-drawn">
              {drawnLinksText(drawn, lang)}
            </p>
          ) : null}
          <LinkLegend lang={lang} />
        </>
      ) : null}
      {ecosystem ? <TerritoryEcosystem actor={actor} lang={lang} /> : null}
    </section>
  );
}

function TerritoryEcosystem({ actor, lang }: { actor: ActorProperties; lang: Lang }) {
  const names = useTerritoryNames();
  if (!actor.departement && !actor.region) return null;
  const open = (kind: 'departements' | 'regions', code: string) => {
    const { setFilter, setView } = atlasStore.getState();
    setFilter('departements', kind === 'departements' ? [code] : []);
    setFilter('regions', kind === 'regions' ? [code] : []);
    setView('graph');
  };
  return (
    <div className="detail-ecosystem">
      <p className="detail-link-type">{t('links.territory.title', lang)}</p>
      <ul className="detail-plain-list">
        {actor.departement ? (
          <li>
            <button type="button" className="detail-button" onClick={() => open('departements', actor.departement)}>
              {t('links.territory.open', lang, { name: names.label('departement', actor.departement) })}
            </button>
          </li>
        ) : null}
        {actor.region ? (
          <li>
            <button type="button" className="detail-button" onClick={() => open('regions', actor.region)}>
              {t('links.territory.open', lang, { name: names.label('region', actor.region) })}
            </button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
