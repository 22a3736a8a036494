/**
 * The fiche shows at once what the map's file has, and its description, website and sources when
 * their details shard arrives; a shard that cannot be loaded is said so, the other facts stay.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetailsShard } from '../../core/model';
import { openApp, launchBrowser, screenshot } from '../../../tests/helpers/browser';
import { readActors } from '../../../tests/helpers/data-files';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const actors = readActors(DATA).features;
const row = actors.findIndex((f) => f.properties.name === 'PTCE Les Mureaux');
const actor = actors[row]!.properties;
const shard = JSON.parse(readFileSync(resolve(DATA, `details/${Math.floor(row / 1000)}.json`), 'utf8')) as DetailsShard;
const details = shard.details[row - shard.first]!;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the fiche’s details', () => {
  it('fill in when their shard arrives', async () => {
    expect(details.id).toBe(actor.id);
    expect(details.description).not.toBe('');
    const { page, errors } = await openApp(browser, { path: `?actor=${encodeURIComponent(actor.id)}` });
    const panel = page.getByTestId('detail-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText(), { timeout: 20_000 }).toBe(actor.name);
    await expect.poll(() => panel.getByTestId('detail-description').innerText(), { timeout: 10_000 }).toBe(details.description);
    expect(await panel.innerText()).not.toContain('chargement…');
    // The network's seed sheet gives no verification date.
    expect(details.verifiedAt).toBe('');
    expect(await panel.getByTestId('detail-verified').innerText()).toBe('Date de vérification inconnue');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('say when the facts were last checked, in the page’s language', async () => {
    const dated: DetailsShard = {
      ...shard,
      details: shard.details.map((d) => (d.id === actor.id ? { ...d, verifiedAt: '2026-03-03' } : d)),
    };
    for (const [lang, text] of [
      ['fr', 'Informations vérifiées le 3 mars 2026'],
      ['en', 'Information checked on 3 March 2026'],
    ] as const) {
      const { page, errors } = await openApp(browser, {
        path: `?lang=${lang}&actor=${encodeURIComponent(actor.id)}`,
        prepare: (p) =>
          p.route(new RegExp(`/data/details/${Math.floor(row / 1000)}\\.json$`), (r) =>
            r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dated) }),
          ),
      });
      const verified = page.getByTestId('detail-panel').getByTestId('detail-verified');
      await expect.poll(() => verified.count(), { timeout: 20_000 }).toBe(1);
      expect(await verified.innerText()).toBe(text);
      expect(errors).toEqual([]);
      if (lang === 'fr') await screenshot(page, 'fiche-verified');
      await page.context().close();
    }
  });

  it('say they could not be loaded when the shard is missing, and the other facts stay', async () => {
    const { page } = await openApp(browser, {
      path: `?actor=${encodeURIComponent(actor.id)}`,
      prepare: (p) => p.route(/\/data\/details\/\d+\.json$/, (r) => r.fulfill({ status: 404, body: 'Not Found' })),
    });
    const panel = page.getByTestId('detail-panel');
    const alert = panel.getByRole('alert');
    await expect.poll(() => alert.count(), { timeout: 20_000 }).toBe(1);
    const text = await alert.innerText();
    expect(text).toContain('La description, le site web et les sources de cette fiche n’ont pas pu être chargés.');
    expect(text).toContain('404 Not Found');
    expect(text).toContain(`details/${Math.floor(row / 1000)}.json`);
    const body = await panel.innerText();
    expect(body).toContain(actor.name);
    expect(body).toContain('Pratiques');
    expect(body).toContain('Qualification');
    expect(body).not.toContain('Aucune source indiquée.');
    expect(await panel.getByTestId('detail-description').count()).toBe(0);
    await screenshot(page, 'fiche-details-404');
    await page.context().close();
  });
});
