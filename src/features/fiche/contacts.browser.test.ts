/**
 * The fiche's « Contact » block, from a details shard given a contact (made up for the test: a
 * domain reserved for examples and a number ARCEP keeps for fiction): its links' addresses, what
 * shows, and the itinerary on a computer and on an Android phone; the list's « Contact » column,
 * on a desktop and on a phone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorContact, DetailsShard } from '../../core/model';
import { openApp, launchBrowser, screenshot } from '../../../tests/helpers/browser';
import { readActors } from '../../../tests/helpers/data-files';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const actors = readActors(DATA).features;
const row = actors.findIndex((f) => f.properties.precision === 'commune' && f.geometry !== null && !f.properties.sample);
const feature = actors[row]!;
const [lon, lat] = feature.geometry!.coordinates;
const shardFile = `details/${Math.floor(row / 1000)}.json`;
const shard = JSON.parse(readFileSync(resolve(DATA, shardFile), 'utf8')) as DetailsShard;

const CONTACT: ActorContact = {
  street: '12 rue de l’Exemple',
  postcode: '75011',
  email: 'accueil@exemple.org',
  phone: '05 36 49 12 34',
  tel: '+33536491234',
  contactPage: 'https://exemple.org/contact',
  social: ['https://www.reseau-social.example/exemple', 'https://mastodon.example/@exemple'],
  hours: 'Lundi–vendredi 9 h–17 h\nSamedi sur rendez-vous',
};

function shardWithContact(): string {
  const details = shard.details.map((d) => (d.id === feature.properties.id ? { ...d, contact: CONTACT } : d));
  return JSON.stringify({ ...shard, details });
}

const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';

async function openFiche(android = false) {
  return openApp(browser, {
    path: `?actor=${encodeURIComponent(feature.properties.id)}`,
    ...(android ? { viewport: { width: 412, height: 860 } } : {}),
    prepare: async (page: Page) => {
      await page.route(`**/data/${shardFile}`, (r) => r.fulfill({ contentType: 'application/json', body: shardWithContact() }));
      if (android) {
        await page.addInitScript((ua) => {
          Object.defineProperty(Navigator.prototype, 'userAgent', { get: () => ua });
          const original = window.matchMedia.bind(window);
          window.matchMedia = (query: string) =>
            query === '(pointer: coarse)' ? ({ ...original(query), matches: true, media: query } as MediaQueryList) : original(query);
        }, ANDROID);
      }
    },
  });
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the fiche’s contact block', () => {
  it('shows the address, hours and links, each to the right address', async () => {
    const { page, errors } = await openFiche();
    const block = page.getByTestId('detail-contact');
    await expect.poll(() => block.getByRole('link', { name: 'accueil@exemple.org' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await block.getByRole('heading', { level: 3 }).innerText()).toBe('Contact');

    expect(await block.getByRole('link', { name: 'accueil@exemple.org' }).getAttribute('href')).toBe('mailto:accueil@exemple.org');
    expect(await block.getByRole('link', { name: '05 36 49 12 34' }).getAttribute('href')).toBe('tel:+33536491234');
    const form = block.getByRole('link', { name: /Écrire par le formulaire du site/ });
    expect(await form.getAttribute('href')).toBe('https://exemple.org/contact');
    expect(await form.getAttribute('target')).toBe('_blank');
    expect(await form.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await block.getByRole('link', { name: /^reseau-social\.example\/exemple/ }).getAttribute('href')).toBe(
      'https://www.reseau-social.example/exemple',
    );
    expect(await block.getByRole('link', { name: /^mastodon\.example\/@exemple/ }).getAttribute('href')).toBe(
      'https://mastodon.example/@exemple',
    );

    const town = `75011 ${feature.properties.communeName}`;
    const route = block.getByRole('link', { name: new RegExp(`^Itinéraire vers 12 rue de l’Exemple, ${town}`) });
    expect(await route.getAttribute('href')).toBe(`https://www.openstreetmap.org/directions?to=${lat},${lon}`);
    expect(await route.getAttribute('target')).toBe('_blank');

    const text = await block.innerText();
    for (const shown of ['Adresse', '12 rue de l’Exemple', town, 'Courriel', 'Téléphone', 'Horaires', 'Réseaux sociaux', 'Page de contact'])
      expect(text).toContain(shown);
    // The hours keep their line break; the route ends at the commune's point, which the fiche says.
    expect(text).toContain('Lundi–vendredi 9 h–17 h\nSamedi sur rendez-vous');
    expect(text).toContain('Jusqu’au point de la commune sur la carte, pas jusqu’à l’adresse.');
    expect(await block.locator('script, iframe, object').count()).toBe(0);

    await block.scrollIntoViewIfNeeded();
    await screenshot(page, 'fiche-contact');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on an Android phone, gives a geo: URI that asks the maps app for the address', async () => {
    const { page, errors } = await openFiche(true);
    const block = page.getByTestId('detail-contact');
    const route = block.getByRole('link', { name: /^Itinéraire vers 12 rue de l’Exemple/ });
    await expect.poll(() => route.count(), { timeout: 20_000 }).toBe(1);
    const address = encodeURIComponent(`12 rue de l’Exemple, 75011 ${feature.properties.communeName}`);
    expect(await route.getAttribute('href')).toBe(`geo:${lat},${lon}?q=${address}`);
    expect(await route.getAttribute('target')).toBeNull();
    expect(await route.textContent()).toContain('(ouvre votre application de cartes)');
    // With the address, the maps app finds the door: no note about the commune's point.
    expect(await block.innerText()).not.toContain('Jusqu’au point de la commune');
    await block.scrollIntoViewIfNeeded();
    await screenshot(page, 'fiche-contact-android');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers no contact facts for an actor without, and no itinerary without a commune’s point', async () => {
    const other = actors.findIndex((f, i) => i !== row && f.properties.precision === 'departement' && !f.properties.sample);
    const { page } = await openApp(browser, { path: `?actor=${encodeURIComponent(actors[other]!.properties.id)}` });
    const panel = page.getByTestId('detail-panel');
    await expect.poll(() => panel.getByTestId('detail-verified').count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.getByTestId('detail-contact').count()).toBe(0);
    await page.context().close();
  });
});

describe.each([
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
])('the list’s contact column, on a %s', (device, viewport) => {
  it('gives the email and the phone as links, the website for a fiche without them', async () => {
    const { page, errors } = await openApp(browser, {
      viewport,
      path: `?view=list&q=${encodeURIComponent(feature.properties.name)}`,
      prepare: (p) => p.route(`**/data/${shardFile}`, (r) => r.fulfill({ contentType: 'application/json', body: shardWithContact() })),
    });
    const table = page.getByTestId('list-view');
    await table.locator('tbody tr').first().waitFor();
    // The column right after « Lieu ».
    const heads = (await table.locator('thead th').allInnerTexts()).map((h) => h.replace('↕', '').trim());
    expect(heads.indexOf('Lieu')).toBeGreaterThan(0);
    expect(heads.indexOf('Contact')).toBe(heads.indexOf('Lieu') + 1);
    const line = table.locator('tbody tr', { has: page.getByRole('button', { name: feature.properties.name, exact: true }) });
    const email = line.getByRole('link', { name: 'accueil@exemple.org' });
    await expect.poll(() => email.count(), { timeout: 20_000 }).toBe(1);
    expect(await email.getAttribute('href')).toBe('mailto:accueil@exemple.org');
    expect(await line.getByRole('link', { name: '05 36 49 12 34' }).getAttribute('href')).toBe('tel:+33536491234');
    // Both in the contact cell, whole on screen once the table is scrolled to them.
    const cell = line.locator('td.list-contact-cell');
    await cell.scrollIntoViewIfNeeded();
    const box = await cell.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
    await screenshot(page, `list-contact-${device}`);

    // A real fiche with a website and no email or phone: its website, opened in a new tab.
    const withSite = shard.details.find((d) => d.website && !d.contact?.email && !d.contact?.phone && d.id !== feature.properties.id);
    expect(withSite).toBeDefined();
    const name = actors.find((f) => f.properties.id === withSite!.id)!.properties.name;
    await page.getByRole('searchbox').first().fill(name);
    const other = table.locator('tbody tr', { has: page.getByRole('button', { name, exact: true }) });
    const site = other.getByRole('link', { name: /^Site web/ });
    await expect.poll(() => site.count(), { timeout: 20_000 }).toBe(1);
    expect(await site.getAttribute('href')).toBe(withSite!.website);
    expect(await site.getAttribute('target')).toBe('_blank');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
