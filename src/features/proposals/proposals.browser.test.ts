/**
 * Proposing from the atlas, at desktop and phone sizes: a correction from a fiche and a new fiche
 * from the header, each with an error the pipeline's words explain, fixed, then sent as a link
 * that decodes to the proposal made. In the embed, only when its host asks (`propose=1`).
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, launchBrowser, screenshot } from '../../../tests/helpers/browser';
import { expectNoSeriousViolations } from '../../../tests/helpers/axe';
import { decodeProposal } from './proposal-codec';
import { readActors } from '../../../tests/helpers/data-files';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const actors = readActors(DATA).features;
const actor = actors.find((f) => f.properties.name === 'PTCE Les Mureaux')!.properties;
const APP_ORIGIN = new URL(APP_URL).origin;
const BAD_WEBSITE = 'Adresse web invalide (seules les adresses http et https sont acceptées)';

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 375, height: 740 } },
] as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(
  viewport: { width: number; height: number },
  path: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'fr-FR', deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => (m.type() === 'error' && !/GPU stall/i.test(m.text()) ? errors.push(m.text()) : undefined));
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  await page.goto(APP_URL + path);
  return { context, page, errors };
}

/** Copies the link with the button, and checks that the clipboard and the field hold the same. */
async function copiedLink(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Copier le lien' }).click();
  await expect.poll(() => dialog.getByText('Lien copié.').count()).toBe(1);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await dialog.getByTestId('proposal-link').inputValue());
  return clipboard;
}

for (const { name, viewport } of SIZES) {
  describe(`proposing from the atlas (${name})`, () => {
    it('suggests a correction of a fiche: a bad website is explained, fixed, and the link decodes', async () => {
      const { context, page, errors } = await open(viewport, `?actor=${encodeURIComponent(actor.id)}`);
      const panel = page.getByTestId('detail-panel');
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText(), { timeout: 20_000 }).toBe(actor.name);
      const opener = panel.getByRole('button', { name: 'Suggérer une correction' });
      await opener.click();
      const dialog = page.getByRole('dialog', { name: `Suggérer une correction : ${actor.name}` });
      await expect.poll(() => dialog.getByTestId('proposal-form').count(), { timeout: 15_000 }).toBe(1);

      const website = dialog.getByRole('textbox', { name: /^Site web/ });
      await website.fill('ftp://ptce-mureaux.example.fr');
      await website.press('Tab');
      await expect.poll(() => dialog.locator('li.proposal-error', { hasText: BAD_WEBSITE }).count()).toBe(1);
      expect(await website.getAttribute('aria-invalid')).toBe('true');
      // Sending is refused while it is wrong; the summary says why and takes the focus.
      await dialog.getByRole('button', { name: 'Préparer l’envoi' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('proposal-summary');
      expect(await dialog.locator('.proposal-summary').innerText()).toContain('Site web : adresse web invalide');
      await screenshot(page, `proposal-correction-error-${name}`);

      await website.fill('https://ptce-mureaux.example.fr');
      await expect.poll(() => dialog.locator('li.proposal-error', { hasText: BAD_WEBSITE }).count()).toBe(0);
      await dialog.getByRole('checkbox', { name: 'Dialogue territorial' }).check();
      await dialog.getByRole('textbox', { name: /^Votre courriel/ }).fill('camille@mairie-mureaux.example.fr');
      await dialog.getByRole('button', { name: 'Préparer l’envoi' }).click();
      await expect.poll(() => dialog.getByTestId('proposal-send').count()).toBe(1);
      expect(await dialog.getByTestId('proposal-send').innerText()).toContain(
        'Rien n’est publié sans qu’une personne du réseau ne l’ait relu et décidé.',
      );
      // No address configured in this build: no mail option.
      expect(await dialog.getByRole('link', { name: 'Envoyer par e-mail' }).count()).toBe(0);
      await screenshot(page, `proposal-correction-ready-${name}`);
      if (name === 'desktop') await expectNoSeriousViolations(page, 'proposal-correction-ready');

      const link = await copiedLink(page);
      expect(link.startsWith(`${APP_URL}atelier.html#proposition=1.`)).toBe(true);
      const decoded = decodeProposal(link);
      expect(decoded).toMatchObject({
        ok: true,
        problems: [],
        proposal: {
          v: 1,
          kind: 'correction',
          actorId: actor.id,
          fields: { website: 'https://ptce-mureaux.example.fr', practices: ['dialogue', ...actor.practices].join(';') },
          from: { email: 'camille@mairie-mureaux.example.fr' },
        },
      });
      if (decoded.ok) expect(Object.keys(decoded.proposal.fields).sort()).toEqual(['practices', 'website']);

      // Escape closes the dialog, not the fiche; the focus goes back to the button.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await panel.isVisible()).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Suggérer une correction');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('proposes a new fiche from the header, its commune from the gazetteer’s suggestions', async () => {
      const { context, page, errors } = await open(viewport, '');
      await expect.poll(() => page.getByTestId('result-count').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await screenshot(page, `proposal-header-${name}`);
      await page.getByRole('button', { name: 'Proposer une fiche' }).click();
      const dialog = page.getByRole('dialog', { name: 'Proposer une fiche' });
      await expect.poll(() => dialog.getByTestId('proposal-form').count(), { timeout: 15_000 }).toBe(1);

      // Nothing filled: the name is required, in the pipeline's words.
      await dialog.getByRole('button', { name: 'Préparer l’envoi' }).click();
      await expect.poll(() => dialog.locator('.proposal-summary').count()).toBe(1);
      expect(await dialog.locator('.proposal-summary').innerText()).toContain('Nom : nom vide');

      await dialog.getByRole('textbox', { name: /^Nom/ }).fill('Maison des alliances du Sud-Aveyron');
      await dialog.getByRole('checkbox', { name: 'Accompagnements' }).check();
      await dialog.getByText('En savoir plus').first().click();
      expect(await dialog.getByText('Connaître les enjeux et acteurs du territoire', { exact: false }).isVisible()).toBe(true);
      await dialog.getByRole('combobox', { name: /^Commune/ }).fill('Saint-Affrique');
      await expect.poll(() => dialog.getByRole('option').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await dialog.getByRole('combobox', { name: /^Commune/ }).press('ArrowDown');
      await dialog.getByRole('combobox', { name: /^Commune/ }).press('Enter');
      expect(await dialog.getByRole('combobox', { name: /^Commune/ }).inputValue()).toBe('Saint-Affrique (12)');
      const website = dialog.getByRole('textbox', { name: /^Site web/ });
      await website.fill('javascript:alert(1)');
      await website.press('Tab');
      await expect.poll(() => dialog.locator('li.proposal-error', { hasText: BAD_WEBSITE }).count()).toBe(1);
      await website.fill('www.alliances-sud-aveyron.example.org');
      await expect.poll(() => dialog.locator('li.proposal-error', { hasText: BAD_WEBSITE }).count()).toBe(0);
      await screenshot(page, `proposal-new-form-${name}`);
      await dialog.getByRole('button', { name: 'Préparer l’envoi' }).click();
      await expect.poll(() => dialog.getByTestId('proposal-send').count()).toBe(1);
      await screenshot(page, `proposal-new-ready-${name}`);

      const decoded = decodeProposal(await copiedLink(page));
      expect(decoded).toMatchObject({
        ok: true,
        problems: [],
        proposal: {
          kind: 'new',
          fields: {
            name: 'Maison des alliances du Sud-Aveyron',
            kind: 'actor',
            practices: 'accompagnement',
            website: 'www.alliances-sud-aveyron.example.org',
            commune: expect.stringMatching(/^12\d{3}$/),
          },
        },
      });
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}

describe('proposing in the embed', () => {
  it('is offered only when the host asks for it', async () => {
    const plain = await open({ width: 800, height: 600 }, `embed.html?actor=${encodeURIComponent(actor.id)}`);
    await expect.poll(() => plain.page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).count(), { timeout: 20_000 }).toBe(1);
    expect(await plain.page.getByRole('button', { name: 'Proposer une fiche' }).count()).toBe(0);
    expect(await plain.page.getByRole('button', { name: 'Suggérer une correction' }).count()).toBe(0);
    await plain.context.close();

    const asked = await open({ width: 800, height: 600 }, `embed.html?propose=1&actor=${encodeURIComponent(actor.id)}`);
    await expect.poll(() => asked.page.getByRole('button', { name: 'Suggérer une correction' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await asked.page.getByRole('button', { name: 'Proposer une fiche' }).count()).toBe(1);
    expect(asked.errors).toEqual([]);
    await asked.context.close();
  });
});
