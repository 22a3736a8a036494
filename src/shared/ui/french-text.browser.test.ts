/**
 * A visitor in English, on a desktop (1440×900) and a phone (390×844): the page's title is in
 * English; what the data says in French is marked `lang="fr"` (names, descriptions, notes), themes
 * get their English names, and a theme left in French says « (FR) ». A visitor in French reads the
 * real links' notes in French: the data file holds no English note.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, waitForMapReady } from '../../../tests/helpers/browser';
import { readLinks } from '../../../tests/helpers/data-files';

const dataDir = resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'dist/data');
const links = readLinks(dataDir);

/** Words that give an English sentence away (none is a French word). */
const ENGLISH =
  /\b(the|and|of|with|created|example|runs|founding|core|about|partnership|made|together|training|research|listed|exact|relation|is|not|stated|transferred)\b/i;

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the real links’ notes', () => {
  it('are written in French in the published data file', () => {
    const real = links.filter((l) => !l.sample && l.note);
    expect(real.length).toBeGreaterThan(20);
    expect(real.filter((l) => ENGLISH.test(l.note ?? '')).map((l) => l.note)).toEqual([]);
    expect(real.find((l) => l.source === 'banque-des-territoires')?.note).toBe(
      '« créée en 2018 par la Banque des Territoires, le CGET, le Groupe La Poste et Le RAMEAU »',
    );
  });
});

for (const [device, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`a visitor on a ${device}`, () => {
    it('reads the page in English, the data marked as French, the themes in English', async () => {
      const { page, errors } = await openApp(browser, { viewport, path: '?lang=en&actor=vitawin&theme=jardins%20partag%C3%A9s' });
      await waitForMapReady(page);
      expect(await page.title()).toBe('Atlas of territorial catalysts');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

      const fiche = page.getByTestId('detail-panel');
      await fiche.waitFor();
      const heading = fiche.locator('.detail-title');
      expect(await heading.textContent()).toBe('Vitawin');
      expect(await heading.getAttribute('lang')).toBe('fr');
      const description = fiche.getByTestId('detail-description');
      await description.waitFor();
      expect(await description.getAttribute('lang')).toBe('fr');
      // « éducation » is in the vocabulary: its English name, without a mark.
      const themes = fiche.locator('dt', { hasText: 'Themes' }).locator('xpath=following-sibling::dd[1]');
      expect(await themes.textContent()).toBe('education');
      await screenshot(page, `english-${device}-fiche`);

      // A theme the vocabulary does not know stays as written, marked French.
      const chip = page.locator('.chip', { hasText: 'jardins partagés' });
      if (device === 'desktop') {
        expect(await chip.first().textContent()).toContain('jardins partagés (FR)');
      }
      await pickActorWithLinks(page);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('reads the real links’ notes in French in the French interface', async () => {
      const { page, errors } = await openApp(browser, { viewport, path: '?actor=banque-des-territoires' });
      await waitForMapReady(page);
      const notes = page.getByTestId('detail-panel').locator('.detail-linked .detail-note');
      await expect.poll(() => notes.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const texts = await notes.allTextContents();
      expect(texts.join(' ')).toContain('créée en 2018 par la Banque des Territoires');
      for (const text of texts) expect(text, text).not.toMatch(ENGLISH);
      // In French, no lang="fr" is needed: the page is French.
      expect(await notes.first().getAttribute('lang')).toBeNull();
      await notes.first().scrollIntoViewIfNeeded();
      await screenshot(page, `french-${device}-notes`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
}

/** In English, a fiche with links: its partners' names and the notes are marked French. */
async function pickActorWithLinks(page: Page): Promise<void> {
  await page.goto(page.url().replace(/actor=[^&]+/, 'actor=banque-des-territoires'));
  await waitForMapReady(page);
  const fiche = page.getByTestId('detail-panel');
  const notes = fiche.locator('.detail-linked .detail-note');
  await expect.poll(() => notes.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await notes.first().getAttribute('lang')).toBe('fr');
  const partner = fiche.locator('.detail-linked-button span[lang="fr"]').first();
  expect(await partner.textContent()).toBe("Plateforme « L'innovation territoriale en actions ! »");
}
