import { useId, useMemo, useState } from 'react';
import type { EcosystemGraphModel } from './ecosystem-graph';
import { findNodes, GRAPH_SEARCH_MIN } from './graph-search';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../../../shared/i18n/strings';
import { useAtlas } from '../../../state/store';

/** A name box and the matching nodes as buttons: picking one selects it (the graph centres on it). */
export function GraphSearch({ graph, lang }: { graph: EcosystemGraphModel; lang: Lang }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const select = useAtlas((s) => s.select);
  const nodes = useMemo(() => graph.mapNodes((node, attributes) => ({ id: node, name: attributes.name })), [graph]);
  const found = useMemo(() => findNodes(nodes, query), [nodes, query]);
  const searching = query.trim().length >= GRAPH_SEARCH_MIN;

  return (
    <div className="graph-search">
      <label htmlFor={id}>{t('graph.search', lang)}</label>
      <input
        id={id}
        type="search"
        value={query}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      <p id={`${id}-hint`} className="detail-note">
        {t('graph.searchHint', lang)}
      </p>
      <div role="status">{searching && found.length === 0 ? t('graph.noMatch', lang) : ''}</div>
      {found.length > 0 ? (
        <ul className="graph-found" data-testid="graph-found">
          {found.map((node) => (
            <li key={node.id}>
              <button type="button" className="detail-linked-button" data-graph-node={node.id} onClick={() => select(node.id)}>
                {node.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
