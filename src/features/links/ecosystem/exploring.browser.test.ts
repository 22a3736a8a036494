/**
 * Someone exploring links, on a desktop (1440×900) and a phone (390×844), with the real Paris Est
 * Marne & Bois ecosystem among the sample fiches: the ecosystem view takes the full width (the
 * filters folded), its zoom buttons work from the keyboard, its labels never cover one another
 * (the larger nodes named, and any node whose name has the focus), the bridges are ringed (« Ponts »
 * toggles them; « calcul en cours » while the links worker measures the network), opening a fiche
 * pales what is not linked to it while grey stays « hors des filtres », closing it returns to the
 * whole graph; on the map, a link to a fiche outside the filters is grey, as the legend says.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, pixelStats, screenshot, waitForMapReady, type OpenedPage } from '../../../../tests/helpers/browser';
import { decodePng } from '../../../../tests/helpers/png';
import { OUTSIDE_COLOR, OUTSIDE_LINE_COLOR, PROFILE_COLORS } from '../link-palette';
import { paled } from './graph-colors';

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  cx: number;
  cy: number;
  r: number;
}
interface Ring {
  id: string;
  x: number;
  y: number;
  r: number;
}

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
/** The grey that marked "not linked to the open fiche" before: the same as "outside the filters". */
const OLD_UNLINKED_GREY = '#d9d6cf';

const canvas = (page: Page) => page.getByTestId('graph-canvas');
const ready = (page: Page) => page.waitForSelector('[data-testid="graph-view"][data-graph-ready="true"]', { timeout: 60_000 });
const labels = async (page: Page): Promise<Box[]> => JSON.parse((await canvas(page).getAttribute('data-labels')) ?? '[]') as Box[];
const rings = async (page: Page): Promise<Ring[]> => JSON.parse((await canvas(page).getAttribute('data-bridge-rings')) ?? '[]') as Ring[];
const ratio = async (page: Page) => Number(await canvas(page).getAttribute('data-camera-ratio'));
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);

/** Two boxes that share a pixel. */
function overlapping(boxes: Box[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}

/** The most linked node of the graph: the first row of its table. */
async function mostLinked(page: Page): Promise<string> {
  return (
    (await page.getByTestId('graph-table').locator('tbody tr').first().locator('[data-graph-node]').getAttribute('data-graph-node')) ?? ''
  );
}

/**
 * The drawing's pixels, in the coordinates of sigma's canvases (those of `data-labels` and
 * `data-bridge-rings`): the element's screenshot also holds its border.
 */
async function drawingPixels(page: Page): Promise<(x: number, y: number) => number> {
  const [left, top] = await canvas(page).evaluate((element) => [element.clientLeft, element.clientTop]);
  const { width, data } = decodePng(await canvas(page).screenshot());
  return (x, y) => {
    const i = ((Math.round(y) + top) * width + Math.round(x) + left) * 4;
    return (data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0);
  };
}

/** Half the width of the window, across a ring's edge, where its 3 px stroke is looked for (its place is rounded to the pixel). */
const EDGE_WINDOW = 2;

/**
 * The left and right edges of a ring that nothing drawn after it covers: no label (drawn on its
 * backing over everything) and no other ring (each with its halo, drawn one after the other).
 */
function clearEdges(ring: Ring, all: Ring[], boxes: Box[]): number[] {
  return [ring.x - ring.r, ring.x + ring.r].filter((edge) => {
    const [from, to] = [edge - EDGE_WINDOW - 1, edge + EDGE_WINDOW + 1];
    const underLabel = boxes.some((b) => b.x < to + 1 && from < b.x + b.w && b.y < ring.y + 2 && ring.y - 1 < b.y + b.h);
    const underRing = all.some((other) => {
      if (other.id === ring.id) return false;
      const near = Math.hypot(from - other.x, ring.y - other.y);
      const far = Math.hypot(to - other.x, ring.y - other.y);
      // The other's ring and halo: from 2 px inside its radius to 4 px outside.
      return Math.min(near, far) < other.r + 4 + EDGE_WINDOW && Math.max(near, far) > other.r - 2 - EDGE_WINDOW;
    });
    return !underLabel && !underRing;
  });
}

async function expectLabelsApart(page: Page, atLeast: number): Promise<Box[]> {
  const boxes = await labels(page);
  expect(boxes.length).toBeGreaterThanOrEqual(atLeast);
  expect(overlapping(boxes)).toEqual([]);
  return boxes;
}

describe('exploring links on a desktop (1440×900)', () => {
  let browser: Browser;
  let opened: OpenedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openApp(browser, { viewport: DESKTOP, path: '?view=graph' });
    await ready(opened.page);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('takes the full width, the filters folded into a strip', async () => {
    const { page } = opened;
    const toggle = page.locator('.panel-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.isVisible()).toBe(true);
    expect(await page.locator('.panel-body').isVisible()).toBe(false);
    const view = await page.getByTestId('graph-view').boundingBox();
    const drawing = await canvas(page).boundingBox();
    if (!view || !drawing) throw new Error('no graph');
    expect(view.x).toBe(0);
    expect(view.width).toBe(DESKTOP.width);
    expect(drawing.width).toBeGreaterThan(DESKTOP.width - 60);
    await screenshot(page, 'exploring-desktop-graph');

    // Unfolded, beside it; folded again, the full width back.
    await toggle.click();
    expect(await page.locator('.panel-body').isVisible()).toBe(true);
    expect((await page.getByTestId('graph-view').boundingBox())?.x).toBeGreaterThan(300);
    await toggle.click();
    expect((await page.getByTestId('graph-view').boundingBox())?.x).toBe(0);
  });

  it('zooms in, out, fits and resets from labelled buttons, with the keyboard', async () => {
    const { page } = opened;
    const zoom = page.getByRole('group', { name: 'Zoom du graphe' });
    const names = await zoom.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(names).toEqual(['Zoom avant', 'Zoom arrière', 'Ajuster la vue au graphe entier', 'Vue d’ensemble : tout le graphe']);
    // Above the drawing's top right corner: they cover nothing of it.
    const bar = await zoom.boundingBox();
    const drawing = await canvas(page).boundingBox();
    if (!bar || !drawing) throw new Error('no zoom bar');
    expect(bar.y + bar.height).toBeLessThanOrEqual(drawing.y);
    expect(bar.y + bar.height).toBeGreaterThan(drawing.y - 20);
    expect(Math.abs(bar.x + bar.width - (drawing.x + drawing.width))).toBeLessThan(4);
    expect(await ratio(page)).toBe(1);
    await zoom.getByRole('button', { name: 'Zoom avant' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => ratio(page)).toBeCloseTo(1 / 1.5, 2);
    await page.keyboard.press('Enter');
    await expect.poll(() => ratio(page)).toBeCloseTo(1 / 2.25, 2);
    await expectLabelsApart(page, 5);
    await screenshot(page, 'exploring-desktop-zoomed');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Zoom arrière');
    // A visible focus ring, from the keyboard.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => ratio(page)).toBeCloseTo(1 / 1.5, 2);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Vue d’ensemble : tout le graphe');
    await page.keyboard.press('Enter');
    await expect.poll(() => ratio(page)).toBe(1);
    await zoom.getByRole('button', { name: 'Zoom arrière' }).click();
    await expect.poll(() => ratio(page)).toBeCloseTo(1.5, 2);
    await zoom.getByRole('button', { name: 'Ajuster la vue au graphe entier' }).click();
    await expect.poll(() => ratio(page)).toBe(1);
  });

  it('names the larger nodes without two labels covering each other', async () => {
    const { page } = opened;
    const boxes = await expectLabelsApart(page, 8);
    expect(boxes.map((b) => b.id)).toContain(await mostLinked(page));
    // Each label inside the drawing.
    const drawing = await canvas(page).boundingBox();
    if (!drawing) throw new Error('no canvas');
    for (const box of boxes) {
      expect(box.x).toBeGreaterThan(-box.w);
      expect(box.y).toBeGreaterThan(-box.h);
      expect(box.x).toBeLessThan(drawing.width);
      expect(box.y).toBeLessThan(drawing.height);
    }
  });

  it('names a node when its name in the table has the focus or the pointer', async () => {
    const { page } = opened;
    const named = new Set((await labels(page)).map((b) => b.id));
    const ids = await page
      .getByTestId('graph-table')
      .locator('[data-graph-node]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-graph-node') ?? ''));
    const unnamed = ids.filter((id) => !named.has(id));
    expect(unnamed.length).toBeGreaterThan(1);
    const [first = '', second = ''] = unnamed.slice(-2);
    await page.locator(`[data-testid="graph-table"] [data-graph-node="${first}"]`).focus();
    await expect.poll(async () => (await labels(page)).map((b) => b.id)).toContain(first);
    expect(overlapping(await labels(page))).toEqual([]);
    await page.locator(`[data-testid="graph-table"] [data-graph-node="${second}"]`).hover();
    await expect.poll(async () => (await labels(page)).map((b) => b.id)).toContain(second);
    await page.mouse.move(5, 5);
    await page.locator('body').focus();
    await expect.poll(async () => (await labels(page)).map((b) => b.id)).not.toContain(first);
  });

  it('rings the bridges by betweenness, and « Ponts » turns them off and on', async () => {
    const { page } = opened;
    const bridges = page.getByTestId('graph-bridges');
    await expect.poll(() => bridges.getAttribute('data-bridges-state'), { timeout: 20_000 }).toBe('ready');
    const count = Number(await bridges.getAttribute('data-bridges-count'));
    expect(count).toBeGreaterThan(0);
    expect(await bridges.getByRole('status').textContent()).toMatch(/^\d+ ponts? entourés?$/);
    const toggle = bridges.getByRole('button', { name: 'Ponts' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await rings(page)).length).toBe(count);
    // Each ring on screen: its dark stroke at its left and right edges, where no label (nor
    // another ring) lies over it, and at least one such edge.
    const all = await rings(page);
    const boxes = await labels(page);
    const pixel = await drawingPixels(page);
    const drawing = await canvas(page).evaluate((element) => ({ width: element.clientWidth, height: element.clientHeight }));
    const onScreen = all.filter((r) => r.x - r.r > 4 && r.x + r.r < drawing.width - 4 && r.y > 4 && r.y < drawing.height - 4);
    const edges = onScreen.flatMap((ring) => clearEdges(ring, all, boxes).map((x) => ({ id: ring.id, x, y: ring.y })));
    expect(edges.length).toBeGreaterThan(0);
    const darkest = (edge: { x: number; y: number }) => {
      let min = Infinity;
      for (let dx = -EDGE_WINDOW; dx <= EDGE_WINDOW; dx++) min = Math.min(min, pixel(edge.x + dx, edge.y));
      return min;
    };
    expect(edges.filter((edge) => darkest(edge) >= 200)).toEqual([]);
    await screenshot(page, 'exploring-desktop-bridges');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await rings(page)).length).toBe(0);
    await toggle.click();
    await expect.poll(async () => (await rings(page)).length).toBe(count);
  });

  it('pales what is not linked to the open fiche, while grey stays « hors des filtres », and the legend says which', async () => {
    const { page } = opened;
    expect(await page.getByTestId('legend-outside').textContent()).toBe('Gris : fiche hors des filtres');
    expect(await page.getByTestId('legend-unlinked').textContent()).toBe('Couleur pâle : sans lien avec la fiche ouverte');
    // In the whole graph, a fiche opened from the search: the many others paled in their colours.
    await page.getByRole('searchbox', { name: 'Trouver une fiche dans le graphe' }).fill('Paris Est Marne');
    await page.getByTestId('graph-found').getByRole('button', { name: 'Paris Est Marne & Bois' }).click();
    await expect.poll(() => param(page, 'actor')).toBe('paris-est-marne-bois');
    await expect.poll(() => ratio(page)).toBeCloseTo(0.35, 2);
    const probes = Object.fromEntries(Object.entries(PROFILE_COLORS).map(([code, colour]) => [code, paled(colour)]));
    const stats = await pixelStats(page, '[data-testid="graph-canvas"]', { ...probes, old: OLD_UNLINKED_GREY });
    // Pale colours, and next to none of the grey that meant "not linked" before (only where
    // antialiasing happens to mix colours into it).
    const pale = Object.keys(PROFILE_COLORS).reduce((sum, code) => sum + (stats.shares[code] ?? 0), 0);
    expect(pale).toBeGreaterThan(0.001);
    expect(stats.shares['old'] ?? 0).toBeLessThan(pale / 5);
    await screenshot(page, 'exploring-desktop-fiche-open-whole');

    // In a département's graph, its partners outside the filters stay grey.
    await page.goto(new URL('?view=graph&dep=94&actor=paris-est-marne-bois', page.url()).href);
    await ready(page);
    expect(await page.getByTestId('graph-summary').textContent()).toMatch(/fiches? liées? hors des filtres \(en gris\)/);
    await expect.poll(() => ratio(page)).toBeCloseTo(0.35, 2);
    const grey = (await pixelStats(page, '[data-testid="graph-canvas"]', { grey: OUTSIDE_COLOR })).shares['grey'] ?? 0;
    expect(grey).toBeGreaterThan(0);

    // The open fiche's node and name: in the drawing, clear of the fiche beside it.
    const sheet = await page.getByTestId('detail-panel').boundingBox();
    const drawing = await canvas(page).boundingBox();
    if (!sheet || !drawing) throw new Error('no sheet');
    expect(drawing.x + drawing.width).toBeLessThanOrEqual(sheet.x);
    const own = (await labels(page)).find((b) => b.id === 'paris-est-marne-bois');
    expect(own).toBeDefined();
    expect(drawing.x + own!.x + own!.w).toBeLessThanOrEqual(sheet.x);
    expect(overlapping(await labels(page))).toEqual([]);
    // « Ajuster » now frames the fiche and its links.
    expect(await page.getByRole('button', { name: 'Ajuster la vue à la fiche ouverte et à ses liens' }).count()).toBe(1);
    await screenshot(page, 'exploring-desktop-fiche-open');
  });

  it('returns to the whole graph when the fiche is closed', async () => {
    const { page } = opened;
    await page.getByTestId('detail-panel').getByRole('button', { name: 'Fermer' }).click();
    await expect.poll(() => param(page, 'actor')).toBeNull();
    await expect.poll(() => ratio(page)).toBe(1);
    const stats = await pixelStats(page, '[data-testid="graph-canvas"]', { collectivite: PROFILE_COLORS.collectivite });
    expect(stats.shares['collectivite']).toBeGreaterThan(0);
    await screenshot(page, 'exploring-desktop-fiche-closed');
  });

  it('draws a link to a fiche outside the filters grey on the map, as its legend says', async () => {
    const { page } = opened;
    await page.goto(new URL('?map=12/48.800/2.480&actor=paris-est-marne-bois', page.url()).href);
    await waitForMapReady(page);
    const note = page.getByTestId('links-map-note');
    await note.waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    const greyShare = async () => (await pixelStats(page, '.map-view', { grey: OUTSIDE_LINE_COLOR })).shares['grey'] ?? 0;
    const before = await greyShare();
    await page.getByRole('checkbox', { name: /^Acteur/ }).check();
    await expect.poll(() => note.getAttribute('data-links-dimmed')).toBe('1');
    await page.waitForTimeout(800);
    await screenshot(page, 'exploring-desktop-map-outside');
    await expect.poll(greyShare, { timeout: 10_000 }).toBeGreaterThan(before + 0.0001);
    expect(await page.getByTestId('link-legend-outside').textContent()).toBe('trait gris : fiche hors des filtres');
  });

  it('logs no errors', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('exploring links on a phone (390×844)', () => {
  let browser: Browser;
  let opened: OpenedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openApp(browser, {
      viewport: PHONE,
      path: '?view=graph&dep=94',
      // The links worker answers late, so that the « Ponts » status shows the wait.
      prepare: (page) =>
        page.route(/link-metrics\.worker-[^/]*\.js/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 4000));
          await route.continue();
        }),
    });
    await ready(opened.page);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('says « calcul en cours » while the bridges are measured, then rings them', async () => {
    const { page } = opened;
    const bridges = page.getByTestId('graph-bridges');
    expect(await bridges.getAttribute('data-bridges-state')).toBe('pending');
    expect(await bridges.getByRole('status').textContent()).toBe('Ponts : calcul en cours…');
    await screenshot(page, 'exploring-phone-bridges-pending');
    await expect.poll(() => bridges.getAttribute('data-bridges-state'), { timeout: 20_000 }).toBe('ready');
    expect(Number(await bridges.getAttribute('data-bridges-count'))).toBeGreaterThan(0);
  });

  it('fills the width, with its zoom buttons on the drawing and the filters folded', async () => {
    const { page } = opened;
    expect(await page.locator('.panel-toggle').getAttribute('aria-expanded')).toBe('false');
    const drawing = await canvas(page).boundingBox();
    if (!drawing) throw new Error('no canvas');
    expect(drawing.x).toBeGreaterThanOrEqual(0);
    expect(drawing.x + drawing.width).toBeLessThanOrEqual(PHONE.width);
    expect(drawing.width).toBeGreaterThan(PHONE.width - 60);
    await canvas(page).scrollIntoViewIfNeeded();
    const zoom = page.getByRole('group', { name: 'Zoom du graphe' });
    for (const button of await zoom.getByRole('button').all()) {
      const box = await button.boundingBox();
      if (!box) throw new Error('no button');
      expect(box.height).toBeGreaterThanOrEqual(36);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    await zoom.getByRole('button', { name: 'Zoom avant' }).click();
    await expect.poll(() => ratio(page)).toBeCloseTo(1 / 1.5, 2);
    await expectLabelsApart(page, 3);
    await screenshot(page, 'exploring-phone-graph');
  });

  it('opens a fiche from the table, and closing it shows the whole graph again', async () => {
    const { page } = opened;
    await page.getByTestId('graph-table').getByRole('button', { name: 'Paris Est Marne & Bois', exact: true }).click();
    await expect.poll(() => param(page, 'actor')).toBe('paris-est-marne-bois');
    await expect.poll(() => ratio(page)).toBeCloseTo(0.35, 2);
    expect(overlapping(await labels(page))).toEqual([]);
    await screenshot(page, 'exploring-phone-fiche-open');
    await page.getByTestId('detail-panel').getByRole('button', { name: 'Fermer' }).click();
    await expect.poll(() => param(page, 'actor')).toBeNull();
    await expect.poll(() => ratio(page)).toBe(1);
    await canvas(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'exploring-phone-fiche-closed');
  });

  it('logs no errors', () => {
    expect(opened.errors).toEqual([]);
  });
});
