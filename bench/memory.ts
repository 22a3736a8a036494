/**
 * The renderer's memory once a person has used the page: loaded, the list opened, a fiche
 * opened. Measured as the resident memory (VmRSS, /proc/<pid>/status) of the page's renderer
 * process, after a garbage collection: the renderer is the process Chromium started for the
 * page (the largest, where several started), its pid from CDP `SystemInfo.getProcessInfo`. Its
 * workers run in it and count; the GPU process (WebGL buffers) does not. The JS heap used
 * (main thread, CDP `Runtime.getHeapUsage`) is given beside it.
 *
 * Read twice per page: 1 s after the fiche (`tailRssMb`: the page's background work may still
 * run then, in workers that end with it: the search index's builder, the network measures), and
 * once that work is over (`rendererRssMb`, the budgeted figure: the descriptions indexed, the
 * measures in, 5 s more). The median of `MEMORY_RUNS` pages, one reading varying by ±40 MB.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { LargeData } from './browser-bench';
import { openFiche, type FicheTarget } from './fiche-open';
import { openList } from './list-open';
import { failureOf, openAppPage, waitInPage } from './page-paths';
import { summarize } from './stats';
import { DERIVED_MARKS } from '../src/state/perf-marks';

export const MEMORY_RUNS = Number(process.env['ATLAS_BENCH_MEMORY_RUNS'] ?? 3);

export interface MemoryFigures {
  size: number;
  /** Resident memory of the page's renderer process once its background work is over, MB (median; NaN where it cannot be read). */
  rendererRssMb: number;
  /** The same, 1 s after the fiche opened (median). */
  tailRssMb: number;
  /** Main-thread JS heap used, MB (median). */
  jsHeapMb: number;
  failure?: string;
}

/** In the page: the descriptions are indexed and the list's network measures are in. */
const BACKGROUND_DONE = `performance.getEntriesByName(${JSON.stringify(DERIVED_MARKS.searchDescriptions)}, 'mark').length > 0
  && !document.querySelector('[data-testid="list-view"]')?.textContent?.includes('calcul en cours')`;

/**
 * Lets the memory of the workers that ended go back before the reading: it goes within seconds
 * (at 100,000 fiches, 574 MB read 2 s after the work was over, 427 MB 6 s after).
 */
const SETTLE_MS = 5000;

export async function rendererMemory(
  browser: Browser,
  baseUrl: string,
  data: LargeData & { size: number },
  target: FicheTarget | undefined,
): Promise<MemoryFigures> {
  const readings: { tail: number; settled: number; heap: number }[] = [];
  for (let run = 0; run < MEMORY_RUNS; run += 1) {
    const reading = await oneReading(browser, baseUrl, data, target);
    if ('failure' in reading) return { size: data.size, rendererRssMb: NaN, tailRssMb: NaN, jsHeapMb: NaN, failure: reading.failure };
    readings.push(reading);
  }
  const median = (values: number[]) => summarize(values).median;
  return {
    size: data.size,
    rendererRssMb: median(readings.map((r) => r.settled)),
    tailRssMb: median(readings.map((r) => r.tail)),
    jsHeapMb: median(readings.map((r) => r.heap)),
  };
}

async function oneReading(
  browser: Browser,
  baseUrl: string,
  data: LargeData,
  target: FicheTarget | undefined,
): Promise<{ tail: number; settled: number; heap: number } | { failure: string }> {
  const before = new Set(await rendererPids(browser));
  let opened;
  try {
    opened = await openAppPage(browser, baseUrl, data);
    const { page } = opened;
    await openList(page);
    if (target) await openFiche(page, target);
    await page.waitForTimeout(1000);
    await collectAndMeasureHeap(page);
    const tail = await pageRssMb(browser, before);
    await waitInPage(page, BACKGROUND_DONE, 0, 'background work over').catch(() => undefined);
    await page.waitForTimeout(SETTLE_MS);
    const heap = await collectAndMeasureHeap(page);
    return { tail, settled: await pageRssMb(browser, before), heap };
  } catch (error) {
    return { failure: failureOf(error) };
  } finally {
    await opened?.context.close().catch(() => undefined);
  }
}

/** The largest of the renderers started since `before`, MB. */
async function pageRssMb(browser: Browser, before: ReadonlySet<number>): Promise<number> {
  const sizes = (await rendererPids(browser))
    .filter((pid) => !before.has(pid))
    .map(rssMb)
    .filter(Number.isFinite);
  return sizes.length > 0 ? Math.max(...sizes) : NaN;
}

async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  } finally {
    await cdp.detach();
  }
}

/** VmRSS of a process, MB; NaN where /proc is not there. */
function rssMb(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? NaN : Number(kb) / 1024;
  } catch {
    return NaN;
  }
}

async function collectAndMeasureHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}
