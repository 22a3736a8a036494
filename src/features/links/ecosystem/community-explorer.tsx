/**
 * The ecosystem of a large selection, as communities: their graph and table; opening one shows
 * its own graph (its fiches and their links), or its sub-communities when it is itself above the
 * threshold. « ← Toutes les communautés » (and « ← Retour à … » one level up) goes back.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { communitySubgraph } from './community-subgraph';
import { communityLabel, type TraitNames } from './community-label';
import { communityGraph, MIXED_COLOR } from './community-model';
import { COMMUNITY_THRESHOLD, type EcosystemRows } from './ecosystem-rows';
import { memberGraph } from './ecosystem-graph';
import { CommunityCanvas } from './community-canvas';
import { CommunityTable } from './community-table';
import { DetailedGraph, paintGraph } from './detailed-graph';
import { levelCommunities, topLevel, type Level } from './level-communities';
import { PROFILES, type Lang } from '../../../core/vocabulary';
import { t, tn } from '../../../shared/i18n/strings';
import { LoadingStatus } from '../../../shared/ui/loading-status';
import { OUTSIDE_COLOR, PROFILE_COLORS } from '../link-palette';
import { useTerritoryNames } from '../../../state/use-territory-names';
import type { FilteredView } from '../../../state/use-atlas-data';

/** One community drawn node by node. */
interface Opened {
  name: string;
  nodes: Uint32Array;
  /** Members of the community, when only the most linked `nodes` are drawn. */
  total: number;
}

export function CommunityExplorer({
  view,
  rows,
  lang,
  onReady,
}: {
  view: FilteredView;
  rows: EcosystemRows;
  lang: Lang;
  onReady: (ready: boolean) => void;
}) {
  const territory = useTerritoryNames();
  const table = view.data.table;
  const communityLabels = view.data.communityLabels;
  const names: TraitNames = useMemo(
    () => ({ regionCodes: table.regionCodes, departementCodes: table.departementCodes, label: territory.label }),
    [table, territory],
  );
  const top = useMemo(() => topLevel(rows), [rows]);
  const [stack, setStack] = useState<Level[]>([top]);
  const [opened, setOpened] = useState<Opened | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    setStack([top]);
    setOpened(null);
  }, [top]);

  const level = stack[stack.length - 1] ?? top;
  const depth = stack.length - 1;

  // The current level's communities, from the worker.
  useEffect(() => {
    if (level.picture) return;
    let current = true;
    const found = levelCommunities(level, depth, rows, { table, communityLabels });
    void found.then((picture) => {
      if (!current) return;
      if (picture.count <= 1 && depth > 0) {
        // It does not split: its most linked fiches, drawn node by node.
        setStack((s) => s.slice(0, -1));
        setOpened({ name: level.name ?? '', nodes: mostLinked(level, COMMUNITY_THRESHOLD), total: level.nodes.length });
        return;
      }
      setStack((s) => s.map((l) => (l === level ? { ...level, picture } : l)));
    });
    return () => {
      current = false;
    };
  }, [level, depth, rows, table, communityLabels]);

  const picture = level.picture;
  const labels = useMemo(
    () =>
      picture
        ? Array.from({ length: picture.count }, (_, c) =>
            communityLabel(picture.traits[c]!, picture.sizes[c]!, picture.unlinked[c] === 1, names, lang),
          )
        : [],
    [picture, names, lang],
  );
  const graph = useMemo(() => (picture ? communityGraph(picture, labels) : null), [picture, labels]);

  const open = useCallback(
    (c: number) => {
      if (!picture) return;
      const sub = communitySubgraph(picture.of, c, level.edges);
      const nodes = sub.nodes.map((i) => level.nodes[i]!);
      const name = labels[c] ?? '';
      moved.current = true;
      onReady(false);
      if (nodes.length <= COMMUNITY_THRESHOLD) setOpened({ name, nodes, total: nodes.length });
      else setStack((s) => [...s, { nodes, edges: sub.edges, name, picture: null }]);
    },
    [picture, level, labels, onReady],
  );
  const backToTop = () => {
    moved.current = true;
    onReady(false);
    setOpened(null);
    setStack((s) => s.slice(0, 1));
  };
  const backOne = () => {
    moved.current = true;
    onReady(false);
    if (opened) setOpened(null);
    else setStack((s) => s.slice(0, -1));
  };
  const drawn = useCallback(() => onReady(true), [onReady]);

  // After a move, the keyboard and screen readers land on the new level's heading.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [opened, stack.length]);

  const detail = useMemo(
    () =>
      opened
        ? paintGraph(
            memberGraph(
              view.data,
              Array.from(opened.nodes, (i) => rows.rows[i]!),
              view.result.matches,
              { iterations: 0 },
            ),
          )
        : null,
    [opened, view, rows],
  );
  const links = rows.edges.length / 2;
  const outside = rows.rows.length - rows.inside;
  const parentName = opened ? level.name : (stack[stack.length - 2]?.name ?? null);

  return (
    <>
      <p
        data-testid="graph-summary"
        data-graph-nodes={rows.rows.length}
        data-graph-links={links}
        data-graph-communities={picture && !opened ? picture.count : undefined}
        data-graph-level={opened ? 'community' : depth}
      >
        {`${tn('graph.summary.inside', rows.inside, lang)}, ${tn('graph.summary.outside', outside, lang)}, ${tn('graph.summary.links', links, lang)}. `}
        {picture && depth === 0 ? tn('graph.communities.summary', picture.count, lang) : null}
        {picture && depth > 0 ? tn('graph.communities.sub', picture.count, lang, { name: level.name ?? '' }) : null}
      </p>
      {opened || depth > 0 ? (
        <nav className="graph-back" aria-label={t('graph.communities.nav', lang)}>
          <button type="button" className="list-button" data-testid="graph-back" onClick={backToTop}>
            {t('graph.communities.back', lang)}
          </button>
          {parentName ? (
            <button type="button" className="list-button" onClick={backOne}>
              {t('graph.communities.up', lang, { name: parentName })}
            </button>
          ) : null}
        </nav>
      ) : null}
      {opened && detail ? (
        <>
          <h3 ref={heading} tabIndex={-1} className="graph-level-title" data-testid="graph-level-title">
            {t('graph.communities.open', lang, { name: opened.name })}
          </h3>
          {opened.total > opened.nodes.length ? (
            <p className="graph-unsupported">
              {t('graph.communities.truncated', lang, { shown: opened.nodes.length, total: opened.total })}
            </p>
          ) : null}
          <DetailedGraph key={opened.name} eco={detail} data={view.data} lang={lang} onReady={onReady} />
        </>
      ) : (
        <>
          <h3 ref={heading} tabIndex={-1} className="graph-level-title" data-testid="graph-level-title">
            {level.name ?? t('graph.communities.all', lang)}
          </h3>
          <CommunityLegend lang={lang} />
          {picture && graph ? (
            <>
              <CommunityCanvas graph={graph} lang={lang} onOpen={open} onDrawn={drawn} />
              <CommunityTable key={depth} picture={picture} labels={labels} lang={lang} onOpen={open} />
            </>
          ) : (
            <LoadingStatus text={t('graph.communities.loading', lang)} />
          )}
        </>
      )}
    </>
  );
}

/** The `limit` nodes of a level with the most links inside it. */
function mostLinked(level: Level, limit: number): Uint32Array {
  const degree = new Uint32Array(level.nodes.length);
  for (const i of level.edges) degree[i] = degree[i]! + 1;
  const order = Array.from(level.nodes.keys()).sort((a, b) => degree[b]! - degree[a]! || a - b);
  return Uint32Array.from(order.slice(0, limit), (i) => level.nodes[i]!);
}

function Dot({ color }: { color: string }) {
  return (
    <svg width="14" height="14" aria-hidden="true">
      <circle cx="7" cy="7" r="6" fill={color} stroke="#1f1f1f" strokeWidth="0.75" />
    </svg>
  );
}

function CommunityLegend({ lang }: { lang: Lang }) {
  return (
    <section className="graph-legend" aria-labelledby="community-legend-title" data-testid="graph-legend">
      <h3 id="community-legend-title">{t('graph.legend', lang)}</h3>
      <p>{t('graph.communities.legend.colour', lang)}</p>
      <ul>
        {PROFILES.list.map((p) => (
          <li key={p.code}>
            <Dot color={PROFILE_COLORS[p.code]} />
            {t(`graph.community.profile.${p.code}`, lang)}
          </li>
        ))}
        <li>
          <Dot color={MIXED_COLOR} />
          {t('graph.community.mixedProfiles', lang)}
        </li>
        <li>
          <Dot color={OUTSIDE_COLOR} />
          {t('graph.communities.legend.scattered', lang)}
        </li>
      </ul>
      <p>{t('graph.communities.legend.size', lang)}</p>
      <p>{t('graph.communities.legend.edges', lang)}</p>
      <p>{t('graph.communities.legend.open', lang)}</p>
    </section>
  );
}
