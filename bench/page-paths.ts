/**
 * What the page paths share (list, fiche, search, near-me, ecosystem, memory): a page of the
 * built app on a generated dataset, an action timed from the person's input to the first frame
 * that shows its result, the longest main-thread task meanwhile, and timeouts that end a path
 * without ending the bench.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MAP_INTERACTIVE_MARK } from '../src/state/perf-marks';
import { newContext, waitForMark, type LargeData } from './browser-bench';
import { longestTask, PROBE_SCRIPT } from './long-tasks';
import { summarize } from './stats';

/** One action of a path never waits longer than this: past it, "timeout", and the path stops. */
export const ACTION_TIMEOUT_MS = 30_000;
/**
 * Pause after the load's requests before the first action (`ATLAS_BENCH_SETTLE_MS`, default 1 s).
 * A longer one shows the actions on a page whose background work (links, search index, list
 * orders) is over: the difference is what the load's tail costs the first action.
 */
export const SETTLE_MS = Number(process.env['ATLAS_BENCH_SETTLE_MS'] ?? 1000);

/** Pause between two actions, so that one's trailing work is not counted in the next. */
export const BETWEEN_ACTIONS_MS = 400;

export interface PathFigures {
  /** Actors in the dataset. */
  size: number;
  /** ms from the input to the first frame with the result, one per run. */
  runs: number[];
  median: number;
  p95: number;
  /** The longest main-thread task during the runs' actions, ms (0: none over 50 ms). */
  longestTaskMs: number;
  /** Why the path stopped early ("timeout", an error), if it did. */
  failure?: string;
  /** p95 / median of `Measured.fromLater`, where the path gives it. */
  fromLater?: { median: number; p95: number };
}

export class PathTimeout extends Error {
  constructor(what: string) {
    super(`timeout: ${what}`);
  }
}

/** A page of the app on `data`, with the probe installed, once its map is interactive. */
export async function openAppPage(browser: Browser, baseUrl: string, data: LargeData): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, data);
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  try {
    await page.goto(baseUrl);
    await waitForMark(page, MAP_INTERACTIVE_MARK);
    // The load's requests first, then a pause: the paths measure actions, taken as a person would
    // soon after the map is there (the page's background work may still run: see SETTLE_MS).
    await page.waitForLoadState('networkidle', { timeout: ACTION_TIMEOUT_MS }).catch(() => undefined);
    await page.waitForTimeout(SETTLE_MS);
  } catch (error) {
    await context.close();
    throw error;
  }
  return { context, page };
}

export interface Measured {
  ms: number;
  longestTaskMs: number;
  /** The input's and the result frame's times, page clock (ms since navigation start). */
  t0: number;
  end: number;
  /** ms from a later point than the input to the result, where a path tells one (see search). */
  fromLater?: number;
}

/**
 * Runs `act` and waits for `done` (a JS expression evaluated in the page, which may use `t0`, the
 * input's time) at each animation frame. Timed from the input event the probe saw (a click, a
 * key) to the frame where `done` first held. `act` may set `window.__bench.input` itself (an
 * action done by script). Throws `PathTimeout` after `ACTION_TIMEOUT_MS`.
 */
export async function measureAction(page: Page, act: () => Promise<unknown>, done: string, what: string): Promise<Measured> {
  await page.evaluate('window.__bench.input = -1');
  const waiting = page.evaluate(`new Promise((resolve) => {
    const deadline = performance.now() + ${ACTION_TIMEOUT_MS};
    const check = () => {
      const t0 = window.__bench.input;
      const now = performance.now();
      if (t0 >= 0 && (${done})) resolve([t0, now]);
      else if (now > deadline) resolve([t0, -1]);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`) as Promise<[number, number]>;
  await act();
  const [t0, end] = await withTimeout(waiting, ACTION_TIMEOUT_MS + 5000, what);
  if (end < 0 || t0 < 0) throw new PathTimeout(what);
  return { ms: end - t0, longestTaskMs: await longestTask(page, t0, end), t0, end };
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PathTimeout(what)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Figures of the runs measured so far; a failure (timeout…) makes the p95 "not measured". */
export function pathFigures(size: number, measured: readonly Measured[], failure?: string): PathFigures {
  const runs = measured.map((m) => m.ms);
  const timing = summarize(runs);
  const later = measured.flatMap((m) => (m.fromLater === undefined ? [] : [m.fromLater]));
  const laterTiming = summarize(later);
  return {
    size,
    runs,
    median: failure ? NaN : timing.median,
    p95: failure ? NaN : timing.p95,
    longestTaskMs: measured.reduce((max, m) => Math.max(max, m.longestTaskMs), 0),
    ...(failure ? { failure } : {}),
    ...(later.length > 0 && !failure ? { fromLater: { median: laterTiming.median, p95: laterTiming.p95 } } : {}),
  };
}

/**
 * Opens a page, runs `path` on it, closes it: whatever happens (timeout, error) the figures come
 * back, the failure named, and the bench goes on.
 */
export async function runPath(
  browser: Browser,
  baseUrl: string,
  data: LargeData & { size: number },
  path: (page: Page, measured: Measured[]) => Promise<void>,
): Promise<PathFigures> {
  const measured: Measured[] = [];
  let opened: { context: BrowserContext; page: Page } | undefined;
  try {
    opened = await openAppPage(browser, baseUrl, data);
    await path(opened.page, measured);
    return pathFigures(data.size, measured);
  } catch (error) {
    return pathFigures(data.size, measured, failureOf(error));
  } finally {
    await opened?.context.close().catch(() => undefined);
  }
}

export function failureOf(error: unknown): string {
  if (error instanceof PathTimeout) return 'timeout';
  const message = error instanceof Error ? error.message : String(error);
  return /timeout/i.test(message) ? 'timeout' : `failed: ${message.split('\n')[0] ?? ''}`;
}

/** Clicks a view switch button of the header (« Carte », « Liste », « Écosystème »). */
export function viewButton(page: Page, name: string) {
  return page.locator('.view-switch').getByRole('button', { name, exact: true });
}

/** Back to the map view, and waits for the view to leave the page (not measured). */
export async function backToMap(page: Page, gone: string): Promise<void> {
  await viewButton(page, 'Carte').click();
  await waitInPage(page, `!document.querySelector(${JSON.stringify(gone)})`, 0, 'back to the map');
  await page.waitForTimeout(BETWEEN_ACTIONS_MS);
}

/** Waits, unmeasured, for `done` (a JS expression that may use `t0`) to hold after `act`. */
export async function actAndWait(page: Page, act: () => Promise<unknown>, done: string, what: string): Promise<void> {
  const t0 = (await page.evaluate('performance.now()')) as number;
  await act();
  await waitInPage(page, done, t0, what);
}

/**
 * Waits for `done` (a JS expression that may use `t0`) at each animation frame. Evaluated by
 * DevTools, not by `waitForFunction`, whose string predicates the page's CSP (no 'unsafe-eval') refuses.
 */
export async function waitInPage(page: Page, done: string, t0: number, what: string): Promise<void> {
  const waited = page.evaluate(`new Promise((resolve) => {
    const t0 = ${t0};
    const deadline = performance.now() + ${ACTION_TIMEOUT_MS};
    const check = () => {
      if (${done}) resolve(true);
      else if (performance.now() > deadline) resolve(false);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`) as Promise<boolean>;
  if (!(await withTimeout(waited, ACTION_TIMEOUT_MS + 5000, what))) throw new PathTimeout(what);
}
