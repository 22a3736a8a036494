import { memo } from 'react';
import { qualificationPercent } from '../fiche/actor-facts';
import type { ActorLinkMetrics } from '../links/link-graph';
import type { ActorProperties } from '../../core/model';
import { KINDS, PROFILES, type Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import type { TerritoryNames } from '../../state/use-territory-names';
import { PlaceCell } from './place-cell';
import { NotSpecified, PracticeList } from '../../shared/ui/practice-list';
import { SampleBadge } from '../../shared/ui/sample-badge';

interface ListRowProps {
  actor: ActorProperties;
  /** Undefined while the metrics are being computed. */
  metrics: ActorLinkMetrics | undefined;
  names: TerritoryNames;
  /** Position among the rendered rows, for the arrow keys. */
  index: number;
  lang: Lang;
  selected: boolean;
  /** The one name button reached by Tab (roving tabindex). */
  tabbable: boolean;
  onSelect: (id: string) => void;
}

export const ListRow = memo(function ListRow({ actor, metrics, names, index, lang, selected, tabbable, onSelect }: ListRowProps) {
  return (
    <tr className={selected ? 'is-selected' : undefined}>
      <th scope="row" className="list-name">
        <button
          type="button"
          className="list-name-button"
          tabIndex={tabbable ? 0 : -1}
          data-index={index}
          data-actor-row={actor.id}
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelect(actor.id)}
        >
          {actor.name}
        </button>
        {actor.sample ? <SampleBadge lang={lang} /> : null}
      </th>
      <td>
        <PracticeList practices={actor.practices} lang={lang} />
      </td>
      <td>{actor.profile ? PROFILES.label(actor.profile, lang) : <NotSpecified lang={lang} />}</td>
      <td>{KINDS.label(actor.kind, lang)}</td>
      <td>
        <PlaceCell actor={actor} names={names} lang={lang} />
      </td>
      <td className="list-number">{t('list.percent', lang, { n: qualificationPercent(actor.qualification) })}</td>
      <td className="list-number">{metrics ? metrics.links : '–'}</td>
      <td className="list-number">{metrics ? metrics.worlds : '–'}</td>
      <td className="list-number">
        {metrics ? (metrics.betweenness > 0 ? t('links.rank', lang, { rank: metrics.betweennessRank }) : '–') : '–'}
      </td>
    </tr>
  );
});
