/**
 * Chromium for the browser tests, driven by playwright-core. WebGL runs on SwiftShader (software
 * rendering), so the map draws without a GPU.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { BASEMAP_COLORS } from '../../src/shared/palette';
import { PREVIEW_HOST, PREVIEW_PORT } from '../setup/server';
import { decodePng } from './png';

export const APP_URL = `http://${PREVIEW_HOST}:${PREVIEW_PORT}/`;

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = resolve(root, 'test-output/screenshots');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Console messages that are noise, not failures. */
const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/i];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Runs before the page is loaded: routes, init scripts. */
  prepare?: (page: Page) => Promise<unknown>;
  /** Query string or path appended to the app's URL, e.g. "?practice=lieu". */
  path?: string;
}

export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<OpenedPage> {
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const context = await browser.newContext({ viewport, locale: 'fr-FR', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (IGNORED_CONSOLE.some((pattern) => pattern.test(text))) return;
    errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  await options.prepare?.(page);
  await page.goto(APP_URL + (options.path ?? ''));
  return { page, errors };
}

/** Waits for the app's readiness signal: `data-map-ready="true"` on the root element. */
export async function waitForMapReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout });
}

/** Saves a PNG of the page under `test-output/screenshots/<name>.png`; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export interface PixelStats {
  /** Number of distinct colours (quantised to 5 bits per channel). */
  distinctColors: number;
  /** Share (0–1) of pixels within a small distance of each probe colour. */
  shares: Record<string, number>;
}

/** Measures the colours of a screenshot of the element: a blank map has a single colour. */
export async function pixelStats(page: Page, selector: string, probes: Record<string, string>): Promise<PixelStats> {
  const { data } = decodePng(await page.locator(selector).screenshot());
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const targets = Object.entries(probes).map(([name, hex]) => ({ name, rgb: rgb(hex), hits: 0 }));
  const colors = new Set<number>();
  const pixels = data.length / 4;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i] ?? 0;
    const g = data[i + 1] ?? 0;
    const b = data[i + 2] ?? 0;
    colors.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
    for (const target of targets) {
      const [tr = 0, tg = 0, tb = 0] = target.rgb;
      if (Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) <= 12) target.hits += 1;
    }
  }
  return {
    distinctColors: colors.size,
    shares: Object.fromEntries(targets.map((t) => [t.name, t.hits / pixels])),
  };
}

/**
 * The colours of the map once France is drawn: polled (a resized canvas is drawn again on the
 * next frame, and the layout may still move once after the first render) until at least
 * `minLand` of it is the land's colour, or 5 s have passed. The caller checks the shares.
 */
export async function mapPixelsOnceLandDrawn(page: Page, probes: Record<string, string>, minLand = 0.15): Promise<PixelStats> {
  const all = { land: BASEMAP_COLORS.land, ...probes };
  let stats = await pixelStats(page, '.map-view', all);
  for (let attempt = 0; attempt < 20 && (stats.shares['land'] ?? 0) < minLand; attempt += 1) {
    await page.waitForTimeout(250);
    stats = await pixelStats(page, '.map-view', all);
  }
  return stats;
}

/** Points of the map (fractions of its width and height) over land in France, tried in turn. */
const LAND_POINTS = [
  [0.3, 0.6],
  [0.35, 0.72],
  [0.25, 0.45],
  [0.45, 0.78],
  [0.4, 0.35],
  [0.5, 0.5],
  [0.2, 0.7],
] as const;

/**
 * Moves the pointer over the map until `tooltip` shows (markers may be in the way at a point):
 * true once it is visible, false when no point brought it.
 */
export async function hoverMapUntil(page: Page, tooltip: Locator): Promise<boolean> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  for (const [fx, fy] of LAND_POINTS) {
    await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
    await page.waitForTimeout(150);
    if (await tooltip.isVisible()) return true;
  }
  return false;
}

/**
 * A data file held back until `release()`: `prepare` routes it for `openApp`, so that a test sees
 * the page before that file is in (a slow network, a large file).
 */
export function heldDataFile(file: string): { prepare: (page: Page) => Promise<void>; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    prepare: async (page) => {
      await page.route(`**/data/${file}`, async (route) => {
        await held;
        await route.continue();
      });
    },
    release,
  };
}
