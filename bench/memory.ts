/**
 * The renderer's memory once a person has used the page: loaded, the list opened, a fiche
 * opened. Measured as the resident memory (VmRSS, /proc/<pid>/status) of the page's renderer
 * process, after a garbage collection: the renderer is the process Chromium started for the
 * page (the largest, where several started), its pid from CDP `SystemInfo.getProcessInfo`. Its
 * workers run in it and count; the GPU process (WebGL buffers) does not. The JS heap used
 * (main thread, CDP `Runtime.getHeapUsage`) is given beside it.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { LargeData } from './browser-bench';
import { openFiche, type FicheTarget } from './fiche-open';
import { openList } from './list-open';
import { failureOf, openAppPage } from './page-paths';

export interface MemoryFigures {
  size: number;
  /** Resident memory of the page's renderer process, MB (NaN where it cannot be read). */
  rendererRssMb: number;
  /** Main-thread JS heap used, MB. */
  jsHeapMb: number;
  failure?: string;
}

export async function rendererMemory(
  browser: Browser,
  baseUrl: string,
  data: LargeData & { size: number },
  target: FicheTarget | undefined,
): Promise<MemoryFigures> {
  const before = new Set(await rendererPids(browser));
  let opened;
  try {
    opened = await openAppPage(browser, baseUrl, data);
    const { page } = opened;
    await openList(page);
    if (target) await openFiche(page, target);
    await page.waitForTimeout(1000);
    const jsHeapMb = await collectAndMeasureHeap(page);
    const mine = (await rendererPids(browser)).filter((pid) => !before.has(pid));
    const sizes = mine.map(rssMb).filter(Number.isFinite);
    const rendererRssMb = sizes.length > 0 ? Math.max(...sizes) : NaN;
    return { size: data.size, rendererRssMb, jsHeapMb };
  } catch (error) {
    return { size: data.size, rendererRssMb: NaN, jsHeapMb: NaN, failure: failureOf(error) };
  } finally {
    await opened?.context.close().catch(() => undefined);
  }
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
