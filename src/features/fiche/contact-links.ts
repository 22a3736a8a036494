/**
 * The links of a fiche's « Contact » block, computed here so that the block only renders them:
 * `mailto:` and `tel:` addresses, the postal address in lines, short names for social links, and
 * « Itinéraire »: a `geo:` URI where the device opens it with its maps app, an online routing
 * service elsewhere.
 *
 * Which devices get a `geo:` URI: Android, which hands it to the maps app the person chose, and
 * other phones (coarse pointer and a « Mobile » browser) but Apple's: Safari on iPhone and iPad
 * does not open `geo:` URIs, and neither do desktop browsers; they get the routing service, which
 * works everywhere.
 */
import { E164, isEmailAddress } from '../../core/grammar/contact';
import type { ActorContact } from '../../core/model';
import { safeHttpUrl } from './actor-facts';

/** `mailto:` for a checked address (the pipeline's grammar leaves nothing to escape), else null. */
export function mailtoHref(email: string): string | null {
  return isEmailAddress(email) ? `mailto:${email}` : null;
}

/** `tel:` for an E.164 number, else null. */
export function telHref(tel: string): string | null {
  return E164.test(tel) ? `tel:${tel}` : null;
}

/** The postal address as lines: the street, then the postcode and the commune. Empty without a street. */
export function addressLines(contact: ActorContact, communeName: string): string[] {
  if (!contact.street) return [];
  const town = [contact.postcode ?? '', communeName].filter(Boolean).join(' ');
  return town ? [contact.street, town] : [contact.street];
}

/** « reseau-social.example/maison »: a social link's site and page, shorter than its address. */
export function socialLabel(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return `${hostname.replace(/^www\./, '')}${pathname.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}

/** Whether this device opens `geo:` URIs with a maps app (see above). */
export function opensGeoUri(userAgent: string, coarsePointer: boolean): boolean {
  if (/Android/i.test(userAgent)) return true;
  if (/iPhone|iPad|iPod|Macintosh/i.test(userAgent)) return false;
  return coarsePointer && /Mobi/i.test(userAgent);
}

/** This browser's answer to `opensGeoUri`. */
export function deviceOpensGeoUri(): boolean {
  if (typeof navigator === 'undefined' || typeof matchMedia === 'undefined') return false;
  return opensGeoUri(navigator.userAgent, matchMedia('(pointer: coarse)').matches);
}

/** OpenStreetMap's directions to a point, when the build names no other service. */
export const DEFAULT_ROUTING_URL = 'https://www.openstreetmap.org/directions?to={lat},{lon}';

/**
 * The routing service's address with `{lat}` and `{lon}` in it (`VITE_ROUTING_URL` at build
 * time); the default when unset, or when it is not an http(s) address with both placeholders.
 */
export function routingTemplate(configured: unknown): string {
  if (typeof configured !== 'string') return DEFAULT_ROUTING_URL;
  const template = configured.trim();
  const valid = template.includes('{lat}') && template.includes('{lon}') && safeHttpUrl(fillRouting(template, 0, 0)) !== null;
  return valid ? template : DEFAULT_ROUTING_URL;
}

function fillRouting(template: string, lat: number, lon: number): string {
  return template.replaceAll('{lat}', String(lat)).replaceAll('{lon}', String(lon));
}

export interface ItineraryTarget {
  /** [longitude, latitude], as in GeoJSON. */
  point: readonly [number, number];
  name: string;
  /** The postal address in lines (`addressLines`), maybe empty. */
  address: readonly string[];
  /** The point is the actor's own (coordinates given by the sheet), not its commune's. */
  ownPoint: boolean;
}

export interface Itinerary {
  kind: 'geo' | 'web';
  href: string;
  /** The route ends at the commune's point, not at the actor's door: the fiche says so. */
  approximate: boolean;
}

/** Six decimals: ~10 cm, more than any place of the atlas is known to. */
const coordinate = (value: number) => String(Math.round(value * 1e6) / 1e6);

/**
 * The « Itinéraire » link. A `geo:` URI asks the maps app for the address when there is one (it
 * finds the street), else shows the point labelled with the name; the routing service gets the point.
 */
export function itinerary(target: ItineraryTarget, geoUri: boolean, template: string): Itinerary {
  const [lon, lat] = target.point;
  if (!geoUri) {
    return { kind: 'web', href: fillRouting(template, Number(coordinate(lat)), Number(coordinate(lon))), approximate: !target.ownPoint };
  }
  const where = `${coordinate(lat)},${coordinate(lon)}`;
  const byAddress = target.address.length > 0;
  const query = byAddress
    ? encodeURIComponent(target.address.join(', '))
    : `${where}(${encodeURIComponent(target.name.replace(/[()\s]+/g, ' ').trim())})`;
  return { kind: 'geo', href: `geo:${where}?q=${query}`, approximate: !target.ownPoint && !byAddress };
}
