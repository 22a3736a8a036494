import { describe, expect, it } from 'vitest';
import {
  addressLines,
  DEFAULT_ROUTING_URL,
  itinerary,
  mailtoHref,
  opensGeoUri,
  routingTemplate,
  socialLabel,
  telHref,
} from './contact-links';

const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const IPAD = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const LINUX_PHONE = 'Mozilla/5.0 (X11; Linux aarch64; rv:128.0) Gecko/20100101 Firefox/128.0 Mobile';

describe('contact links', () => {
  it('writes mailto: and tel: for checked values only', () => {
    expect(mailtoHref('accueil@maison.fr')).toBe('mailto:accueil@maison.fr');
    expect(mailtoHref('a?bcc=x@espion.fr')).toBeNull();
    expect(mailtoHref('javascript:alert(1)')).toBeNull();
    expect(telHref('+33549123456')).toBe('tel:+33549123456');
    expect(telHref('05 49 12 34 56')).toBeNull();
  });

  it('writes the address in lines, the commune the actor’s', () => {
    expect(addressLines({ street: '12 rue des Écoles', postcode: '86000' }, 'Poitiers')).toEqual(['12 rue des Écoles', '86000 Poitiers']);
    expect(addressLines({ street: 'Le bourg' }, 'Saint-Affrique')).toEqual(['Le bourg', 'Saint-Affrique']);
    expect(addressLines({ street: 'Le bourg' }, '')).toEqual(['Le bourg']);
    expect(addressLines({ postcode: '86000' }, 'Poitiers')).toEqual([]);
  });

  it('names a social link by its site and page', () => {
    expect(socialLabel('https://www.reseau-social.example/maison/')).toBe('reseau-social.example/maison');
    expect(socialLabel('https://mastodon.example/@maison')).toBe('mastodon.example/@maison');
  });
});

describe('the itinerary', () => {
  it.each([
    ['Android', ANDROID, true, true],
    ['Android, whatever the pointer', ANDROID, false, true],
    ['iPhone (Safari opens no geo: URI)', IPHONE, true, false],
    ['iPad, which says Macintosh', IPAD, true, false],
    ['a desktop', DESKTOP, false, false],
    ['a touch-screen desktop', DESKTOP, true, false],
    ['another phone', LINUX_PHONE, true, true],
  ])('opens geo: URIs on %s: %s', (_device, ua, coarse, expected) => {
    expect(opensGeoUri(ua, coarse)).toBe(expected);
  });

  const target = { point: [0.340412345, 46.5846] as const, name: 'Maison (Poitiers)', address: [] as string[], ownPoint: false };

  it('gives a geo: URI with the point labelled by the name, or asking for the address', () => {
    expect(itinerary(target, true, DEFAULT_ROUTING_URL)).toEqual({
      kind: 'geo',
      href: 'geo:46.5846,0.340412?q=46.5846,0.340412(Maison%20Poitiers)',
      approximate: true,
    });
    expect(itinerary({ ...target, address: ['12 rue des Écoles', '86000 Poitiers'] }, true, DEFAULT_ROUTING_URL)).toEqual({
      kind: 'geo',
      href: 'geo:46.5846,0.340412?q=12%20rue%20des%20%C3%89coles%2C%2086000%20Poitiers',
      approximate: false,
    });
  });

  it('gives the routing service elsewhere, OpenStreetMap by default, another when the build says so', () => {
    expect(itinerary(target, false, DEFAULT_ROUTING_URL)).toEqual({
      kind: 'web',
      href: 'https://www.openstreetmap.org/directions?to=46.5846,0.340412',
      approximate: true,
    });
    const google = routingTemplate(' https://www.google.com/maps/dir/?api=1&destination={lat},{lon} ');
    expect(itinerary({ ...target, ownPoint: true }, false, google)).toEqual({
      kind: 'web',
      href: 'https://www.google.com/maps/dir/?api=1&destination=46.5846,0.340412',
      approximate: false,
    });
  });

  it.each([undefined, '', 'javascript:alert("{lat},{lon}")', 'https://routes.example/?to={lat}', 'routes.example/{lat}/{lon}'])(
    'falls back to OpenStreetMap for an unusable VITE_ROUTING_URL: %s',
    (configured) => {
      expect(routingTemplate(configured)).toBe(DEFAULT_ROUTING_URL);
    },
  );
});
