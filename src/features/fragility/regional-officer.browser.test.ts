/**
 * A regional officer, on a desktop (1440×900) and a phone (390×844): clicks a région on the map,
 * without any layer and with a fragility layer, and reads its profile in a panel of its own (radar
 * with named axes, the table, its actors, the filter button); turns the ranking on and sees the
 * « Priorité » régions marked on the map; folds the layers control and still sees the colours'
 * legend; reads the descriptive index and the median income index in the words they deserve.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FragilityData } from '../../core/fragility-data';
import { launchBrowser, openApp, pixelStats, screenshot, waitForMapReady } from '../../../tests/helpers/browser';
import { HIGHLIGHT_COLOR } from '../coverage/map-layers';

const dataDir = resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'dist/data');
const fragility = JSON.parse(readFileSync(resolve(dataDir, 'fragility.json'), 'utf8')) as FragilityData;
const REGION_NAMES = fragility.regions.map((r) => r.name);

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

function overlap(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return w * h;
}

/** Clicks the map where nothing lies over it (no marker, no panel), on land, until a profile opens. */
async function clickRegion(page: Page): Promise<string> {
  const map = await box(page.locator('.maplibregl-canvas'));
  const points = [
    [0.42, 0.62],
    [0.5, 0.45],
    [0.38, 0.4],
    [0.55, 0.7],
    [0.45, 0.3],
    [0.6, 0.55],
    [0.35, 0.75],
  ];
  const heading = page.getByTestId('region-profile').getByRole('heading', { level: 3 });
  for (const [fx = 0, fy = 0] of points) {
    const x = map.x + map.width * fx;
    const y = map.y + map.height * fy;
    const free = await page.evaluate(
      ([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.classList.contains('maplibregl-canvas'),
      [x, y],
    );
    if (!free) continue;
    await page.mouse.click(x, y);
    try {
      await heading.waitFor({ timeout: 3000 });
      return (await heading.textContent()) ?? '';
    } catch {
      // Sea or overseas: try the next point.
    }
  }
  throw new Error('no région opened');
}

/** What the radar writes on its axes, and the full name each carries in its tooltip. */
async function radarAxes(panel: Locator): Promise<{ short: string; title: string; inside: boolean }[]> {
  const panelBox = await box(panel);
  const labels = panel.locator('text.radar-label');
  const n = await labels.count();
  const out: { short: string; title: string; inside: boolean }[] = [];
  for (let i = 0; i < n; i += 1) {
    const label = labels.nth(i);
    const b = await box(label);
    out.push(
      await label.evaluate(
        (el, [left, right]) => {
          const title = el.querySelector('title')?.textContent ?? '';
          const short = Array.from(el.childNodes)
            .filter((c) => c.nodeType === Node.TEXT_NODE)
            .map((c) => c.textContent)
            .join('');
          const r = el.getBoundingClientRect();
          return { short, title, inside: r.left >= (left ?? 0) - 0.5 && r.right <= (right ?? 0) + 0.5 };
        },
        [panelBox.x, panelBox.x + panelBox.width],
      ),
    );
    expect(b.width).toBeGreaterThan(0);
  }
  return out;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

for (const [device, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`a regional officer on a ${device} (${viewport.width}×${viewport.height})`, () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      const opened = await openApp(browser, { viewport });
      page = opened.page;
      errors = opened.errors;
      await waitForMapReady(page);
    });
    afterAll(async () => {
      await page?.context().close();
    });

    it('clicks a région without any layer and reads its profile in a panel of its own', async () => {
      expect(new URL(page.url()).searchParams.get('overlay')).toBeNull();
      const title = await clickRegion(page);
      const region = REGION_NAMES.find((name) => title === `${name} : profil de fragilité`);
      expect(region, title).toBeDefined();
      expect(new URL(page.url()).searchParams.get('area')).toMatch(/^r\d\d$/);

      const profile = page.getByTestId('region-profile');
      // Its own panel: not inside the layers control, which stays folded.
      expect(await page.locator('[data-testid="coverage-control"] [data-testid="fragility-panel"]').count()).toBe(0);
      expect(await page.locator('#calques').getAttribute('aria-expanded')).toBe('false');
      const mapBox = await box(page.locator('.map-area'));
      const profileBox = await box(profile);
      const layersBox = await box(page.getByTestId('coverage-control'));
      expect(overlap(profileBox, layersBox)).toBe(0);
      expect(profileBox.x).toBeGreaterThanOrEqual(mapBox.x);
      expect(profileBox.x + profileBox.width).toBeLessThanOrEqual(mapBox.x + mapBox.width + 0.5);
      expect(profileBox.y + profileBox.height).toBeLessThanOrEqual(mapBox.y + mapBox.height + 0.5);
      if (device === 'phone') {
        // A bottom sheet: the whole width, at most 60 % of the map's height, the top of the map left free.
        expect(Math.round(profileBox.width)).toBe(Math.round(mapBox.width));
        expect(Math.round(profileBox.y + profileBox.height)).toBe(Math.round(mapBox.y + mapBox.height));
        expect(profileBox.height).toBeLessThanOrEqual(mapBox.height * 0.6 + 1);
      } else {
        expect(profileBox.x).toBeLessThan(mapBox.x + 20);
      }
      // The focus is on the profile's title.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('fragility-panel-title');

      // The radar names its 17 axes with short names, the full name in each one's tooltip.
      const axes = await radarAxes(profile.getByTestId('fragility-radar'));
      expect(axes).toHaveLength(17);
      expect(axes[0]).toMatchObject({ short: 'Chômage', title: '1. Taux de chômage' });
      expect(axes.find((a) => a.short === 'Revenu médian')?.title).toContain('Croissance du revenu médian 2012–2016');
      for (const axis of axes) {
        expect(axis.short.length, axis.title).toBeLessThanOrEqual(18);
        expect(axis.inside, axis.short).toBe(true);
      }
      await screenshot(page, `officer-${device}-profile`);

      // The table holds the full names; the actors and the filter button follow.
      await profile.getByRole('button', { name: 'Voir le tableau des 17 indices' }).click();
      const rows = await profile.getByTestId('fragility-table').locator('tbody tr').allTextContents();
      expect(rows).toHaveLength(17);
      expect(rows[0]).toContain('Taux de chômage');
      expect(rows.find((r) => r.includes('Taux d’immigration') || r.includes("Taux d'immigration"))).toContain('En hausse');
      expect(rows.join('\n')).toContain(
        'Croissance du revenu médian 2012–2016 (médiane 2016 / médiane 2012, un rapport sans unité ; médianes en €)',
      );
      expect((await profile.textContent()) ?? '').toMatch(/\d+ fiches? du réseau dans la région/);
      const filter = profile.getByRole('button', { name: `Filtrer la carte sur ${region}` });
      await filter.scrollIntoViewIfNeeded();
      expect(await filter.isVisible()).toBe(true);
      await screenshot(page, `officer-${device}-profile-table`);
      await filter.click();
      await expect.poll(() => new URL(page.url()).searchParams.get('region')).toMatch(/^\d\d$/);
      await profile.getByRole('button', { name: 'Fermer le profil' }).click();
      await expect.poll(() => profile.count()).toBe(0);
      await page.goto(page.url().replace(/region=\d\d&?/, ''));
      await waitForMapReady(page);
    });

    it('opens the profile from a fragility layer too, in the same panel, and never calls the « diversité » index unfavourable', async () => {
      await page.getByRole('button', { name: /^Calques/ }).click();
      await page.getByLabel('Calque affiché').selectOption({ label: "Taux d'immigration (lecture propre à la source, voir la note)" });
      const legend = page.getByTestId('fragility-legend');
      await legend.waitFor();
      const legendText = (await legend.textContent()) ?? '';
      expect(legendText).toContain('0 – la valeur la plus basse');
      expect(legendText).toContain('10 – la valeur la plus haute');
      expect(legendText).not.toMatch(/favorable|critique/);
      await page.getByRole('button', { name: /^Hauts-de-France \d/ }).click();
      const profile = page.getByTestId('region-profile');
      expect(await profile.getByRole('heading', { level: 3 }).textContent()).toBe('Hauts-de-France : profil de fragilité');
      expect(await page.locator('[data-testid="coverage-control"] [data-testid="fragility-panel"]').count()).toBe(0);
      if (device === 'phone') {
        // On a phone the control folded for the profile; unfolded again, it comes over it.
        expect(await page.locator('#calques').getAttribute('aria-expanded')).toBe('false');
        await page.locator('#calques').click();
      } else {
        expect(overlap(await box(profile), await box(page.getByTestId('coverage-control')))).toBe(0);
      }
      // Reading the région from the list: up, not "unfavourable".
      await page.getByRole('button', { name: /^Bretagne \d/ }).focus();
      const reading = (await page.getByTestId('fragility-reading').textContent()) ?? '';
      expect(reading).toContain('En hausse');
      expect(reading).not.toContain('défavorable');
      await screenshot(page, `officer-${device}-immigration`);
      await profile.getByRole('button', { name: 'Fermer le profil' }).click();
    });

    it('reads the median income index as a growth 2012–2016 and in its unit', async () => {
      const toggle = page.locator('#calques');
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
      await page.getByLabel('Calque affiché').selectOption({ value: 'fragility:revenu_median' });
      const body = page.getByTestId('fragility-body');
      await expect.poll(async () => (await body.textContent()) ?? '').toContain('Croissance du revenu médian 2012–2016');
      const text = (await body.textContent()) ?? '';
      expect(text).toContain('médianes en €');
      // Both ends of the scale in the index's own unit: a growth factor.
      expect((await page.getByTestId('fragility-legend').textContent()) ?? '').toMatch(/0 – .+ : × 1,0\d/);
      await page.getByRole('button', { name: /^Bretagne \d/ }).focus();
      expect((await page.getByTestId('fragility-reading').textContent()) ?? '').toMatch(/Croissance 2012–2016 : × 1,04\d/);
    });

    it('keeps the colours’ legend in sight when the layers control is folded; unfolded it covers at most a third of the map', async () => {
      const toggle = page.locator('#calques');
      const map = await box(page.locator('.map-area'));
      const control = page.getByTestId('coverage-control');
      const open = await box(control);
      expect(open.width * open.height).toBeLessThanOrEqual((map.width * map.height) / 3 + 1);
      if (device === 'phone') expect(open.height).toBeLessThanOrEqual(map.height / 3 + 1);
      else expect(open.width).toBeLessThanOrEqual(map.width / 3 + 1);
      await screenshot(page, `officer-${device}-layers-open`);

      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      const folded = page.getByTestId('layers-folded-legend');
      expect(await folded.isVisible()).toBe(true);
      const foldedText = (await folded.textContent()) ?? '';
      expect(foldedText).toContain('Croissance du revenu médian');
      expect(foldedText).toContain('0 – le plus favorable');
      const bar = await box(folded.locator('.fragility-bar'));
      expect(bar.width).toBeGreaterThan(100);
      expect(bar.y + bar.height).toBeLessThanOrEqual(map.y + map.height);
      // Nothing covers it.
      const covered = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('[data-testid="layers-folded-legend"]') !== null,
        [bar.x + bar.width / 2, bar.y + bar.height / 2],
      );
      expect(covered).toBe(true);
      const foldedBox = await box(control);
      expect(foldedBox.width * foldedBox.height).toBeLessThanOrEqual((map.width * map.height) / 3);
      await screenshot(page, `officer-${device}-layers-folded`);
    });

    it('marks the « Priorité » régions of the ranking on the map', async () => {
      const toggle = page.locator('#calques');
      await toggle.click();
      // The same régions by density, without the marks, then the ranking.
      await page.getByLabel('Calque affiché').selectOption({ value: 'coverage-region' });
      await page.getByTestId('coverage-legend').first().waitFor();
      await toggle.click();
      await page.waitForTimeout(1200);
      const without = await pixelStats(page, '.map-view', { mark: HIGHLIGHT_COLOR });
      await toggle.click();
      await page.getByLabel('Calque affiché').selectOption({ label: 'Régions fragiles et peu couvertes' });
      const key = page.getByTestId('priority-key');
      await key.waitFor();
      expect((await key.textContent()) ?? '').toContain('« Priorité »');
      const table = (await page.getByTestId('coverage-control').locator('table').first().textContent()) ?? '';
      expect(table).toContain('Oui');
      await toggle.click();
      await page.waitForTimeout(1200);
      const withMarks = await pixelStats(page, '.map-view', { mark: HIGHLIGHT_COLOR });
      // The dashed outlines and the labels' dark halo: clearly more of the marks' colour.
      expect(withMarks.shares['mark'] ?? 0).toBeGreaterThan((without.shares['mark'] ?? 0) + 0.002);
      await screenshot(page, `officer-${device}-priorities`);
      expect(errors).toEqual([]);
    });
  });
}
