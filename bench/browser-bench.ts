/**
 * The built app in headless Chromium, served by `vite preview`: cold first interactive map
 * (default data and a large dataset), filter changes through the interface, and the plain
 * MapLibre clustering beside it.
 *
 * "Interactive" = the page's `atlas:map-interactive` mark: the basemap and the actor markers
 * are drawn and MapLibre is idle (`MapView.tsx`), in ms since navigation start, each run in a
 * fresh browser context (empty cache).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CLUSTERS_DRAWN_MARK, FIRST_MARKERS_MARK, MAP_INTERACTIVE_MARK } from '../src/state/perf-marks';
import { PRACTICES, PROFILES } from '../src/core/vocabulary';
import { createRandom } from '../src/pipeline/sample/random';
import { CHROMIUM_ARGS } from '../tests/helpers/browser';
import { BENCH_DIST } from './build';
import { BUILTIN_PATH, builtinFiles } from './builtin-page';
import { summarize, type Timing } from './stats';

export const HOST = '127.0.0.1';
const VIEWPORT = { width: 1280, height: 800 };
const INTERACTIVE_TIMEOUT_MS = 120_000;
const SETTLE_MS = 1000;
/**
 * A new browser context opens a new window, and headless Chromium then spends about a second of
 * CPU on its own interface (the address bar's WebUI popup renderer). A person's browser has its
 * window open before they type the address: the page is loaded once that work is over, so that
 * it does not take one of the machine's two cores from the page being measured.
 */
const WINDOW_SETTLE_MS = 2000;

/**
 * A large dataset's files, copied under the served build: the DevTools pipe cannot carry a
 * 100 MB response, so requests for data/ are rerouted to these paths instead of fulfilled.
 */
export interface LargeData {
  /** URL path of the folder holding actors.columns.json, links.columns.json and meta.json. */
  path: string;
}

export interface ColdLoad {
  /** ms from navigation start to the first markers on an idle map (`atlas:first-markers`), one per run. */
  runs: number[];
  median: number;
  /**
   * ms to the interactive mark (every actor in, clustered and drawn), one per run: later than
   * `runs` where the first markers come from the overview of a large dataset.
   */
  interactive: number[];
  /** Script files fetched up to that moment (paths under dist/). */
  scripts: string[];
  /** Files of data/ fetched up to that moment. */
  data: string[];
  /** Main-thread JS heap once interactive, MB. */
  heapMb: number;
}

/** Serves the bench's own build (`BENCH_DIST`), not `dist/`. */
export async function startPreview(root: string, port: number): Promise<PreviewServer> {
  return preview({ root, logLevel: 'warn', build: { outDir: BENCH_DIST }, preview: { host: HOST, port, strictPort: true, open: false } });
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Cold loads of the app; with `data`, its files replace the default data files. */
export async function coldLoads(browser: Browser, baseUrl: string, runs: number, data?: LargeData): Promise<ColdLoad> {
  const times: number[] = [];
  const wholeTimes: number[] = [];
  let scripts: string[] = [];
  let dataFiles: string[] = [];
  let heapMb = NaN;
  for (let i = 0; i < runs; i += 1) {
    const context = await newContext(browser, data);
    const page = await context.newPage();
    await page.waitForTimeout(WINDOW_SETTLE_MS);
    await page.goto(baseUrl);
    const firstMarkers = await waitForMark(page, FIRST_MARKERS_MARK);
    times.push(firstMarkers);
    wholeTimes.push(await waitForMark(page, MAP_INTERACTIVE_MARK));
    // Workers' scripts are resources of the page too; what started after the mark is not counted.
    const seen = await page.evaluate(
      (until) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= until)
          .map((e) => new URL(e.name).pathname),
      firstMarkers,
    );
    scripts = [...new Set(seen.filter((p) => /\.m?js$/.test(p)))];
    dataFiles = [...new Set(seen.filter((p) => p.startsWith('/data/')))];
    heapMb = await jsHeapMb(page);
    await context.close();
  }
  return { runs: times, median: summarize(times).median, interactive: wholeTimes, scripts, data: dataFiles, heapMb };
}

/** Filter changes clicked in the app's facet panel: click → new markers in the page. */
export async function appFilterChanges(browser: Browser, baseUrl: string, changes: number, data: LargeData): Promise<Timing> {
  const context = await newContext(browser, data);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await waitForMark(page, MAP_INTERACTIVE_MARK);
  // Let the detailed basemap arrive and be drawn first: the clicks measure filter changes only.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(SETTLE_MS);
  await page.evaluate(() => {
    const w = window as unknown as { lastClick: number };
    document.addEventListener('click', () => (w.lastClick = performance.now()), { capture: true });
  });
  const samples: number[] = [];
  for (const { facet, option } of toggles(changes)) {
    const box = page.locator('fieldset.facet').nth(facet).locator('input[type="checkbox"]').nth(option);
    await box.click();
    samples.push((await page.evaluate(WAIT_FOR_DRAWN)) as number);
  }
  await context.close();
  return summarize(samples);
}

/** The same toggles in the plain MapLibre page: filter, setData, 'idle'. */
export async function builtinFilterChanges(browser: Browser, baseUrl: string, changes: number, data: LargeData): Promise<Timing> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const files = builtinFiles();
  await context.route('**/__bench/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/__bench/actors.columns.json' || /^\/__bench\/details\/\d+\.json$/.test(url.pathname)) {
      url.pathname = `${data.path}/${url.pathname.slice('/__bench/'.length)}`;
      return route.continue({ url: url.href });
    }
    const file = files.get(url.pathname);
    return file ? route.fulfill({ body: file.body, contentType: file.contentType }) : route.fulfill({ status: 404 });
  });
  const page = await context.newPage();
  await page.goto(new URL(BUILTIN_PATH, baseUrl).href);
  await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true, null, {
    timeout: INTERACTIVE_TIMEOUT_MS,
  });
  const practices = new Set<string>();
  const profiles = new Set<string>();
  const samples: number[] = [];
  for (const { facet, option } of toggles(changes)) {
    const [set, codes] = facet === 0 ? [practices, PRACTICES.codes] : [profiles, PROFILES.codes];
    const code = codes[option] as string;
    if (set.has(code)) set.delete(code);
    else set.add(code);
    samples.push(
      await page.evaluate(
        ([p, q]) => (window as unknown as { benchApply: (p: readonly string[], q: readonly string[]) => Promise<number> }).benchApply(p, q),
        [[...practices], [...profiles]] as const,
      ),
    );
  }
  await context.close();
  return summarize(samples);
}

// A string, not a function: tsx would wrap a named function in a helper the page does not have.
const WAIT_FOR_DRAWN = `new Promise((resolve) => {
  (function check() {
    const mark = performance.getEntriesByName(${JSON.stringify(CLUSTERS_DRAWN_MARK)}, 'mark').at(-1);
    if (mark && mark.startTime > window.lastClick) resolve(mark.startTime - window.lastClick);
    else requestAnimationFrame(check);
  })();
})`;

/** Seeded toggles of the practice (facet 0) and profile (facet 1) checkboxes. */
function toggles(count: number): { facet: 0 | 1; option: number }[] {
  const random = createRandom(5);
  return Array.from({ length: count }, () => {
    const facet = random.next() < 0.6 ? 0 : 1;
    return { facet, option: Math.floor(random.next() * (facet === 0 ? PRACTICES.codes.length : PROFILES.codes.length)) };
  });
}

export async function newContext(browser: Browser, data?: LargeData): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR', deviceScaleFactor: 1 });
  if (data) {
    await context.route(/\/data\/(actors\.columns\.json|links\.columns\.json|overview\.json|meta\.json|details\/\d+\.json)$/, (route) => {
      const url = new URL(route.request().url());
      url.pathname = `${data.path}/${url.pathname.replace(/^.*\/data\//, '')}`;
      return route.continue({ url: url.href });
    });
  }
  return context;
}

export async function waitForMark(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime, name, {
    timeout: INTERACTIVE_TIMEOUT_MS,
    polling: 50,
  });
  return (await handle.jsonValue()) as number;
}

async function jsHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}
