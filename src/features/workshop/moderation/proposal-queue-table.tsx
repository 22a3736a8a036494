/** The queue: who, when, what, which fiche, and where it stands; « Relire » opens a proposal. */
import { useMemo } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { useWorkshop } from '../workshop-store';
import { useModeration } from './moderation-store';
import type { QueueEntry } from './proposal-queue';
import { proposalDate, proposerText } from './proposal-text';

export function ProposalQueueTable({ lang }: { lang: Lang }) {
  const queue = useModeration((s) => s.queue);
  const selected = useModeration((s) => s.selected);
  const select = useModeration((s) => s.select);
  const actors = useWorkshop((s) => s.build.result?.actors.features);
  const names = useMemo(() => new Map((actors ?? []).map((f) => [f.properties.id, f.properties.name])), [actors]);
  if (queue.length === 0) return <p className="workshop-muted">{t('moderation.queue.empty', lang)}</p>;
  return (
    <div className="moderation-table-wrap">
      <table className="moderation-queue" data-testid="moderation-queue">
        <caption>{t('moderation.queue.caption', lang)}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('moderation.col.who', lang)}</th>
            <th scope="col">{t('moderation.col.when', lang)}</th>
            <th scope="col">{t('moderation.col.kind', lang)}</th>
            <th scope="col">{t('moderation.col.fiche', lang)}</th>
            <th scope="col">{t('moderation.col.status', lang)}</th>
            <th scope="col">
              <span className="visually-hidden">{t('moderation.open', lang)}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {queue.map((entry, i) => (
            <tr key={entry.key} aria-current={entry.key === selected ? 'true' : undefined} data-status={entry.status}>
              <td>{i + 1}</td>
              <td>{entry.status === 'refused' ? '' : proposerText(entry.proposal, lang)}</td>
              <td>{entry.status === 'refused' ? '' : proposalDate(entry.proposal.at, lang)}</td>
              <td>{entry.status === 'refused' ? '' : t(`moderation.kind.${entry.proposal.kind}`, lang)}</td>
              <td>{ficheOf(entry, names)}</td>
              <td>{t(`moderation.status.${entry.status}`, lang)}</td>
              <td>
                <button
                  type="button"
                  className="button button-compact"
                  aria-label={t('moderation.openLabel', lang, { n: i + 1 })}
                  onClick={() => select(entry.key)}
                >
                  {t('moderation.open', lang)}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The fiche's name as the last check read it, else as proposed, else its id. */
function ficheOf(entry: QueueEntry, names: ReadonlyMap<string, string>): string {
  if (entry.status === 'refused') return '';
  const { actorId, fields } = entry.proposal;
  return (actorId && names.get(actorId)) || fields.name || actorId || '';
}
