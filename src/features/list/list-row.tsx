import { memo } from 'react';
import { qualificationPercent } from '../fiche/actor-facts';
import type { ActorLinkMetrics } from '../links/link-graph';
import type { ActorProperties } from '../../core/model';
import { KINDS, PROFILES, type Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import type { TerritoryNames } from '../../state/use-territory-names';
import { ContactCell, type ContactFetch } from './contact-cell';

export type { ContactFetch };
import { PlaceCell } from './place-cell';
import { NotSpecified, PracticeList } from '../../shared/ui/practice-list';
import { SampleBadge } from '../../shared/ui/sample-badge';
import { FrenchText } from '../../shared/ui/french-text';

interface ListRowProps {
  actor: ActorProperties;
  /** The actor's row in `actors.columns.json`. */
  row: number;
  contactFetch: ContactFetch;
  /** Undefined while the metrics are being computed (`metricsPending`) or for an actor without any. */
  metrics: ActorLinkMetrics | undefined;
  metricsPending: boolean;
  names: TerritoryNames;
  /** Position in the whole sorted list (0 first), for the arrow keys and `aria-rowindex`. */
  index: number;
  /** Measures the rendered row's height for the virtual list. */
  measureRef: (row: HTMLTableRowElement | null) => void;
  lang: Lang;
  selected: boolean;
  /** The one name button reached by Tab (roving tabindex). */
  tabbable: boolean;
  onSelect: (id: string) => void;
}

export const ListRow = memo(function ListRow({
  actor,
  row,
  contactFetch,
  metrics,
  metricsPending,
  names,
  index,
  measureRef,
  lang,
  selected,
  tabbable,
  onSelect,
}: ListRowProps) {
  // A short mark while the metrics are computed, so that three cells of text do not widen the table.
  const pending = metricsPending ? (
    <span className="list-muted list-pending" title={t('list.computing', lang)}>
      <span aria-hidden="true">…</span>
      <span className="visually-hidden">{t('list.computingShort', lang)}</span>
    </span>
  ) : (
    '–'
  );
  return (
    // The header row is row 1.
    <tr ref={measureRef} className={selected ? 'is-selected' : undefined} aria-rowindex={index + 2} data-list-index={index}>
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
          <FrenchText lang={lang}>{actor.name}</FrenchText>
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
      <td className="list-contact-cell">
        <ContactCell actor={actor} row={row} fetch={contactFetch} lang={lang} />
      </td>
      <td className="list-number">{t('list.percent', lang, { n: qualificationPercent(actor.qualification) })}</td>
      <td className="list-number">{metrics ? metrics.links : pending}</td>
      <td className="list-number">{metrics ? metrics.worlds : pending}</td>
      <td className="list-number">
        {metrics ? (metrics.betweenness > 0 ? t('links.rank', lang, { rank: metrics.betweennessRank }) : '–') : pending}
      </td>
    </tr>
  );
});
