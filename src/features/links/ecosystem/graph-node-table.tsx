import { useMemo, useState } from 'react';
import { groupActorLinks, linkGroupLabel } from '../actor-links';
import type { DatasetIndex } from '../../../core/dataset-index';
import type { EcosystemGraphModel } from './ecosystem-graph';
import { PROFILES, type Lang } from '../../../core/vocabulary';
import { t, tn } from '../../../shared/i18n/strings';
import { useAtlas } from '../../../state/store';
import { NotSpecified } from '../../../shared/ui/practice-list';

/** Rows shown at first, and added by each "show more". */
const PAGE = 50;
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The graph as a table: every node, most linked first, with its profile, its number of links and
 * its relations in words. The accessible alternative to the drawing: each name selects the actor.
 */
export function GraphNodeTable({ graph, data, lang }: { graph: EcosystemGraphModel; data: DatasetIndex; lang: Lang }) {
  const selected = useAtlas((s) => s.selected);
  const select = useAtlas((s) => s.select);
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(
    () =>
      graph
        .mapNodes((id, a) => ({ id, name: a.name, profile: a.profile, degree: a.degree, outside: a.outside }))
        .sort((a, b) => b.degree - a.degree || collator.compare(a.name, b.name)),
    [graph],
  );
  const visible = rows.slice(0, shown);

  return (
    <section className="graph-table" aria-labelledby="graph-table-title">
      <h3 id="graph-table-title">{t('graph.table.title', lang)}</h3>
      <table className="list-table" data-testid="graph-table">
        <caption className="list-caption">{tn('graph.table.caption', rows.length, lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('graph.table.name', lang)}</th>
            <th scope="col">{t('graph.table.profile', lang)}</th>
            <th scope="col" className="list-number">
              {t('graph.table.links', lang)}
            </th>
            <th scope="col">{t('graph.table.relations', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={row.id} className={row.id === selected ? 'is-selected' : undefined}>
              <th scope="row" className="list-name">
                <button
                  type="button"
                  className="list-name-button"
                  data-graph-node={row.id}
                  aria-current={row.id === selected ? 'true' : undefined}
                  onClick={() => select(row.id)}
                >
                  {row.name}
                </button>
                {row.outside ? <span className="detail-note">{t('graph.table.outside', lang)}</span> : null}
              </th>
              <td>{row.profile ? PROFILES.label(row.profile, lang) : <NotSpecified lang={lang} />}</td>
              <td className="list-number">{row.degree}</td>
              <td>
                <Relations data={data} id={row.id} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown < rows.length ? (
        <button type="button" className="list-button" onClick={() => setShown((n) => n + PAGE)}>
          {t('graph.table.more', lang, { n: Math.min(PAGE, rows.length - shown) })}
        </button>
      ) : null}
    </section>
  );
}

function Relations({ data, id, lang }: { data: DatasetIndex; id: string; lang: Lang }) {
  const groups = groupActorLinks(data, id);
  if (groups.length === 0) return null;
  return (
    <ul className="graph-relations">
      {groups.map((group) => (
        <li key={`${group.type}/${group.direction}`}>
          {linkGroupLabel(group, lang)} : {group.items.map((item) => item.name).join(', ')}
        </li>
      ))}
    </ul>
  );
}
