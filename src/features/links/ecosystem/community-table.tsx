import { useMemo, useState } from 'react';
import type { CommunityPicture } from './community-picture';
import { externalLinks } from './community-model';
import type { Lang } from '../../../core/vocabulary';
import { formatNumber, t, tn } from '../../../shared/i18n/strings';

/** Rows shown at first, and added by each "show more". */
const PAGE = 50;

/**
 * The communities as a table, largest first: each name opens that community's graph (Enter or
 * Space from the keyboard). The accessible alternative to the drawing.
 */
export function CommunityTable({
  picture,
  labels,
  lang,
  onOpen,
}: {
  picture: CommunityPicture;
  labels: readonly string[];
  lang: Lang;
  onOpen: (community: number) => void;
}) {
  const [shown, setShown] = useState(PAGE);
  const external = useMemo(() => externalLinks(picture), [picture]);
  const count = picture.count;
  const visible = Array.from({ length: Math.min(shown, count) }, (_, c) => c);

  return (
    <section className="graph-table" aria-labelledby="community-table-title">
      <h3 id="community-table-title">{t('graph.communities.table.title', lang)}</h3>
      <table className="list-table" data-testid="community-table">
        <caption className="list-caption">{tn('graph.communities.table.caption', count, lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('graph.communities.table.name', lang)}</th>
            <th scope="col" className="list-number">
              {t('graph.communities.table.members', lang)}
            </th>
            <th scope="col" className="list-number">
              {t('graph.communities.table.internal', lang)}
            </th>
            <th scope="col" className="list-number">
              {t('graph.communities.table.external', lang)}
            </th>
          </tr>
        </thead>
        <tbody>
          {visible.map((c) => (
            <tr key={c}>
              <th scope="row" className="list-name">
                <button type="button" className="list-name-button" data-community={c} onClick={() => onOpen(c)}>
                  {labels[c]}
                </button>
              </th>
              <td className="list-number">{formatNumber(picture.sizes[c] ?? 0, lang)}</td>
              <td className="list-number">{formatNumber(picture.internal[c] ?? 0, lang)}</td>
              <td className="list-number">{formatNumber(external[c] ?? 0, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown < count ? (
        <button type="button" className="list-button" onClick={() => setShown((n) => n + PAGE)}>
          {t('graph.communities.table.more', lang, { n: Math.min(PAGE, count - shown) })}
        </button>
      ) : null}
    </section>
  );
}
