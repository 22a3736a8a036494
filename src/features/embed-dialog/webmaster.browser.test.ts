/**
 * A partner's webmaster, on a desktop (1440×900) and a phone (390×844): filters the map to a
 * région, opens « Intégrer cette carte », finds the région as the frame's `fit`, names the frame,
 * looks at the narrow preview whose filter chips all show in full; then the embed in a short frame
 * starts with its legend folded, in a tall one unfolded.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, launchBrowser, openApp, screenshot } from '../../../tests/helpers/browser';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const TITLE = 'Les catalyseurs de Nouvelle-Aquitaine – réseau partenaire';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Each chip of the frame's active filters against the box of the frame's page. */
async function chipsLayout(frame: Frame) {
  return frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const list = document.querySelector('.embed .chips');
    return {
      width,
      chips: Array.from(document.querySelectorAll('.embed .chip')).map((chip) => {
        const r = chip.getBoundingClientRect();
        return { text: chip.textContent ?? '', left: r.left, right: r.right, scroll: chip.scrollWidth - chip.clientWidth };
      }),
      listOverflow: list ? list.scrollWidth - list.clientWidth : -1,
    };
  });
}

for (const [device, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`a partner's webmaster on a ${device}`, () => {
    let page: Page;
    beforeAll(async () => {
      ({ page } = await openApp(browser, { viewport, path: '?practice=lieu&region=75&theme=transition%20%C3%A9cologique' }));
    });
    afterAll(async () => {
      await page?.context().close();
    });

    it('gets the filtered région as the frame’s fit, sets the title, and sees every chip whole in the narrow preview', async () => {
      await page.getByRole('button', { name: 'Intégrer cette carte' }).click();
      const dialog = page.getByRole('dialog', { name: 'Intégrer cette carte sur un autre site' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const snippet = dialog.getByTestId('embed-snippet');
      expect(await snippet.inputValue()).toContain('&amp;fit=r75"');
      expect(await dialog.getByText(/cadrée sur le territoire filtré \(r75\)/).count()).toBe(1);

      const title = dialog.getByRole('textbox', { name: 'Titre du cadre' });
      expect(await title.inputValue()).toBe('Carte des catalyseurs territoriaux');
      await title.fill(TITLE);
      expect(await snippet.inputValue()).toContain(`title="${TITLE}"`);
      expect(await dialog.getByTestId('embed-loader-snippet').inputValue()).toContain(`data-title="${TITLE}"`);
      // An emptied title falls back to ours: a frame always has a name.
      await title.fill('');
      expect(await snippet.inputValue()).toContain('title="Carte des catalyseurs territoriaux"');
      await title.fill(TITLE);

      await dialog.getByRole('radio', { name: /Étroite/ }).check();
      const preview = dialog.getByTestId('embed-preview');
      expect(await preview.getAttribute('src')).toContain('fit=r75');
      await expect
        .poll(() => page.frameLocator('[data-testid="embed-preview"]').locator('.embed .chip').count(), { timeout: 30_000 })
        .toBeGreaterThanOrEqual(3);
      const frame = page.frames().find((f) => f.url().includes('/embed.html'));
      if (!frame) throw new Error('no preview frame');
      const layout = await chipsLayout(frame);
      expect(layout.width).toBe(360);
      expect(layout.listOverflow).toBe(0);
      for (const chip of layout.chips) {
        expect(chip.left, chip.text).toBeGreaterThanOrEqual(0);
        expect(chip.right, chip.text).toBeLessThanOrEqual(layout.width);
        expect(chip.scroll, chip.text).toBe(0);
      }
      expect(layout.chips.map((c) => c.text).join(' | ')).toContain('Nouvelle-Aquitaine');
      await dialog.getByTestId('embed-preview').scrollIntoViewIfNeeded();
      await screenshot(page, `webmaster-${device}-dialog`);
    });
  });
}

describe('the embed’s legend and the frame’s height', () => {
  for (const [height, folded] of [
    [560, true],
    [699, true],
    [700, false],
    [900, false],
  ] as const) {
    it(`starts ${folded ? 'folded' : 'unfolded'} in a frame ${height} px tall`, async () => {
      const context = await browser.newContext({ viewport: { width: 800, height }, locale: 'fr-FR', deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${APP_URL}embed.html?practice=lieu`);
      const button = page.getByTestId('map-legend').getByRole('button', { name: /Légende/ });
      await button.waitFor({ timeout: 30_000 });
      expect(await button.getAttribute('aria-expanded')).toBe(String(!folded));
      expect(await page.locator('#map-legend-body').isVisible()).toBe(!folded);
      const legend = await page.getByTestId('map-legend').boundingBox();
      const map = await page.locator('.map-area').boundingBox();
      if (!legend || !map) throw new Error('not on screen');
      if (folded) expect(legend.height).toBeLessThan(40);
      expect(legend.y + legend.height).toBeLessThanOrEqual(map.y + map.height);
      await screenshot(page, `webmaster-embed-legend-${height}`);
      if (folded) {
        // Still one click away.
        await button.click();
        expect(await page.locator('#map-legend-body').isVisible()).toBe(true);
      }
      await context.close();
    });
  }
});
