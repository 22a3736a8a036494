import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { linksQuery } from '../../state/queries';
import { groupActorLinks, linkGroupLabel, type LinkGroup } from './actor-links';
import type { DatasetIndex } from '../../core/dataset-index';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';
import { SampleBadge } from '../../shared/ui/sample-badge';
import { QueryErrorMessage } from '../../shared/ui/query-error-message';
import { FrenchText } from '../../shared/ui/french-text';

/** Linked actors shown per group before "show all". */
const GROUP_LIMIT = 30;

/** The actor's relations, grouped by type and direction; each name opens that actor's sheet. */
export function DetailLinks({ data, id, lang, headingId }: { data: DatasetIndex; id: string; lang: Lang; headingId: string }) {
  const groups = useMemo(() => groupActorLinks(data, id), [data, id]);
  // Without the links' file the actor would look unlinked: say that the links are missing instead.
  const links = useQuery(linksQuery());
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="detail-subtitle">
        {t('detail.links', lang)}
      </h3>
      {links.isError ? (
        <QueryErrorMessage lang={lang} error={links.error} onRetry={() => void links.refetch()} title="error.links.title" />
      ) : links.isPending ? (
        // Not "no relation" while the links' file is on its way (it comes after the first map).
        <p className="detail-pending">{t('detail.linksLoading', lang)}</p>
      ) : groups.length === 0 ? (
        <p>{t('detail.noLinks', lang)}</p>
      ) : (
        groups.map((group) => <Group key={`${group.type}/${group.direction}`} group={group} lang={lang} />)
      )}
    </section>
  );
}

function Group({ group, lang }: { group: LinkGroup; lang: Lang }) {
  const select = useAtlas((s) => s.select);
  const [all, setAll] = useState(false);
  const label = linkGroupLabel(group, lang);
  const items = all ? group.items : group.items.slice(0, GROUP_LIMIT);
  return (
    <div className="detail-link-group">
      <h4 className="detail-link-type">
        {label.charAt(0).toUpperCase() + label.slice(1)} <span className="detail-count">({group.items.length})</span>
      </h4>
      <ul className="detail-linked">
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="detail-linked-button" onClick={() => select(item.id)}>
              <FrenchText lang={lang}>{item.name}</FrenchText>
            </button>
            {item.sample ? <SampleBadge lang={lang} /> : null}
            {item.notes.map((note) => (
              <span key={note} className="detail-note" lang={lang === 'fr' ? undefined : 'fr'}>
                {note}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {items.length < group.items.length ? (
        <button type="button" className="detail-more" onClick={() => setAll(true)}>
          {t('detail.showAllLinks', lang, { n: group.items.length })}
        </button>
      ) : null}
    </div>
  );
}
