import type { ActorProperties } from '../../core/model';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { safeHttpUrl } from '../fiche/actor-facts';
import { mailtoHref, telHref } from '../fiche/contact-links';
import { ExternalLink } from '../fiche/external-link';
import { useActorDetails } from '../fiche/use-actor-details';

/**
 * Whether the cell fetches its shard: `fetch`; `wait` while the list scrolls (only what is loaded
 * shows); `skip` when its shard is beyond those the list may fetch (`contact-shards.ts`).
 */
export type ContactFetch = 'fetch' | 'wait' | 'skip';

interface ContactCellProps {
  actor: ActorProperties;
  /** The actor's row in `actors.columns.json`: where its details shard is. */
  row: number;
  fetch: ContactFetch;
  lang: Lang;
}

/**
 * How to reach the actor from the list: its email and phone as `mailto:` / `tel:` links; without
 * either, its contact page or else its website. They come with the details shard (the fiche's), so
 * the cell says « … » until it is in, or « dans la fiche » where the list does not fetch it.
 */
export function ContactCell({ actor, row, fetch, lang }: ContactCellProps) {
  const details = useActorDetails(actor.id, row, fetch === 'fetch');
  if (details.status !== 'ready' && fetch === 'skip') {
    return <span className="list-muted">{t('list.contactInFiche', lang)}</span>;
  }
  if (details.status !== 'ready') {
    return (
      <span className="list-muted list-contact-pending" title={t('list.contactLoading', lang)}>
        <span aria-hidden="true">…</span>
        <span className="visually-hidden">{t('list.contactLoading', lang)}</span>
      </span>
    );
  }
  const contact = details.details?.contact ?? {};
  const email = contact.email ? mailtoHref(contact.email) : null;
  const tel = contact.tel ? telHref(contact.tel) : null;
  const page = contact.contactPage ? safeHttpUrl(contact.contactPage) : null;
  const website = details.details?.website ? safeHttpUrl(details.details.website) : null;
  const links = [
    email ? (
      <a key="email" className="list-contact-link" href={email}>
        {contact.email}
      </a>
    ) : null,
    tel || contact.phone ? (
      <span key="phone" className="list-contact-phone">
        {tel ? <a href={tel}>{contact.phone}</a> : contact.phone}
      </span>
    ) : null,
  ].filter((link) => link !== null);
  if (links.length === 0 && (page || website)) {
    const href = (page ?? website) as string;
    return <ExternalLink href={href} text={t(page ? 'list.contactPage' : 'list.website', lang)} lang={lang} />;
  }
  if (links.length === 0) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('list.contactNone', lang)}</span>
      </>
    );
  }
  return <span className="list-contact">{links}</span>;
}
