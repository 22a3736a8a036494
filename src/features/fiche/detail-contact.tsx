import type { ActorProperties } from '../../core/model';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { placeSummary, safeHttpUrl } from './actor-facts';
import { addressLines, deviceOpensGeoUri, itinerary, mailtoHref, socialLabel, telHref } from './contact-links';
import { ExternalLink } from './external-link';
import { Fact } from './fact';
import { ROUTING_URL } from './routing-config';
import type { DetailsState } from './use-actor-details';

interface DetailContactProps {
  actor: ActorProperties;
  /** The actor's point ([longitude, latitude]), or null when it has none. */
  point: readonly [number, number] | null;
  details: DetailsState;
  lang: Lang;
  headingId: string;
}

/**
 * How to reach the actor: address, email, phone, hours, contact page, social links (all text,
 * links only to checked addresses), and the way there. The itinerary needs only the map's point,
 * so it shows before the details arrive; the rest with them.
 */
export function DetailContact({ actor, point, details, lang, headingId }: DetailContactProps) {
  const contact = details.status === 'ready' ? (details.details?.contact ?? {}) : {};
  const address = addressLines(contact, actor.communeName || actor.commune);
  const email = contact.email ? mailtoHref(contact.email) : null;
  const tel = contact.tel ? telHref(contact.tel) : null;
  const contactPage = contact.contactPage ? safeHttpUrl(contact.contactPage) : null;
  const social = (contact.social ?? []).flatMap((url) => {
    const href = safeHttpUrl(url);
    return href ? [href] : [];
  });
  const ownPoint = details.status === 'ready' && details.details?.locationBasis === 'coordinates';
  const route =
    point && placeSummary(actor).level === 'commune'
      ? itinerary({ point, name: actor.name, address, ownPoint }, deviceOpensGeoUri(), ROUTING_URL)
      : null;
  const destination = address.length > 0 ? address.join(', ') : actor.communeName || actor.name;
  const hasFacts = address.length > 0 || email || contact.phone || contact.hours || contactPage || social.length > 0;
  if (!hasFacts && !route) return null;

  return (
    <section className="detail-section" aria-labelledby={headingId} data-testid="detail-contact">
      <h3 id={headingId} className="detail-subtitle">
        {t('detail.contact', lang)}
      </h3>
      {hasFacts ? (
        <dl className="detail-facts">
          {address.length > 0 ? (
            <Fact label={t('detail.address', lang)}>
              <ul className="detail-plain-list">
                {address.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Fact>
          ) : null}
          {email ? (
            <Fact label={t('detail.email', lang)}>
              <a className="detail-link" href={email}>
                {contact.email}
              </a>
            </Fact>
          ) : null}
          {contact.phone ? (
            <Fact label={t('detail.phone', lang)}>
              {tel ? (
                <a className="detail-link" href={tel}>
                  {contact.phone}
                </a>
              ) : (
                contact.phone
              )}
            </Fact>
          ) : null}
          {contact.hours ? (
            <Fact label={t('detail.hours', lang)}>
              <span className="detail-hours">{contact.hours}</span>
            </Fact>
          ) : null}
          {contactPage ? (
            <Fact label={t('detail.contactPage', lang)}>
              <ExternalLink href={contactPage} text={t('detail.contactPageLink', lang)} lang={lang} />
            </Fact>
          ) : null}
          {social.length > 0 ? (
            <Fact label={t('detail.social', lang)}>
              <ul className="detail-plain-list">
                {social.map((href) => (
                  <li key={href}>
                    <ExternalLink href={href} text={socialLabel(href)} lang={lang} />
                  </li>
                ))}
              </ul>
            </Fact>
          ) : null}
        </dl>
      ) : null}
      {route ? (
        <p className="detail-itinerary">
          {route.kind === 'geo' ? (
            <a className="detail-link" href={route.href}>
              {t('detail.itineraryLink', lang, { name: destination })}
              <span className="visually-hidden"> {t('detail.itineraryApp', lang)}</span>
            </a>
          ) : (
            <ExternalLink href={route.href} text={t('detail.itineraryLink', lang, { name: destination })} lang={lang} />
          )}
          {route.approximate ? <span className="detail-note">{t('detail.itineraryCentre', lang)}</span> : null}
        </p>
      ) : null}
    </section>
  );
}
