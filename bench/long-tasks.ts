/**
 * What the page records for the bench, installed before its own scripts: the time of the last
 * input event (click, key) and every main-thread task over 50 ms (`PerformanceObserver`
 * 'longtask' entries). A path's longest task is the longest of those that overlap its action.
 */
import type { Page } from 'playwright-core';

/** A string, not a function: tsx would wrap a named function in a helper the page does not have. */
export const PROBE_SCRIPT = `(() => {
  const probe = { input: -1, longTasks: [] };
  window.__bench = probe;
  const onInput = () => { probe.input = performance.now(); };
  window.addEventListener('click', onInput, { capture: true });
  window.addEventListener('keydown', onInput, { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Long-task entries reach the observer a little after the task: time to wait before reading them. */
const REPORT_DELAY_MS = 150;

/** The longest main-thread task (ms) overlapping [from, to] (page times), 0 when none went over 50 ms. */
export async function longestTask(page: Page, from: number, to: number): Promise<number> {
  await page.waitForTimeout(REPORT_DELAY_MS);
  return page.evaluate(
    ([a, b]) => {
      const tasks = (window as unknown as { __bench?: { longTasks: [number, number][] } }).__bench?.longTasks ?? [];
      return tasks
        .filter(([start, duration]) => start <= b && start + duration >= a)
        .reduce((max, [, duration]) => Math.max(max, duration), 0);
    },
    [from, to] as const,
  );
}
