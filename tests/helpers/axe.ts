/**
 * Accessibility checks with axe-core in the page, against WCAG 2.1 A and AA.
 *
 * The app runs under a Content-Security-Policy without inline scripts, so axe cannot be added
 * as a <script> with inline content; `page.evaluate` runs its source through the DevTools
 * protocol instead, which the page's policy does not govern (and the check runs under the real
 * policy, not in a context that bypasses it).
 *
 * Usage, from any browser test: `await expectNoSeriousViolations(page, 'near-me')`. The full
 * report is written to `test-output/axe/<name>.json`; the test fails with a readable list of the
 * serious and critical violations.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { AxeResults, ElementContext, ImpactValue } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const AXE_DIR = resolve(root, 'test-output/axe');

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

export interface AxeCheckOptions {
  /** CSS selector of the part of the page to check (the whole document by default). */
  include?: string;
  /** CSS selectors to leave out (third-party widgets checked elsewhere, for instance). */
  exclude?: string[];
}

/** Runs axe on the page as it is now; returns the results (violations only). */
export async function runAxe(page: Page | Frame, options: AxeCheckOptions = {}): Promise<AxeResults> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ include, exclude, tags }) => {
      const context = { include: include ? [include] : [document], exclude: exclude.map((s) => [s]) } as unknown as ElementContext;
      const runner = (window as unknown as { axe: typeof axe }).axe;
      return runner.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    },
    { include: options.include ?? '', exclude: options.exclude ?? [], tags: [...WCAG_21_AA] },
  );
}

/** One line per violation and per element, for a failing test's message. */
export function describeViolations(results: AxeResults, impacts: readonly ImpactValue[] = BLOCKING): string {
  return results.violations
    .filter((v) => v.impact && impacts.includes(v.impact))
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target.join(' ')} : ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`);
      return [`  ${v.id} (${v.impact}) : ${v.help} — ${v.helpUrl}`, ...nodes].join('\n');
    })
    .join('\n');
}

/** Fails when axe finds serious or critical violations; writes the full report either way. */
export async function expectNoSeriousViolations(page: Page | Frame, name: string, options: AxeCheckOptions = {}): Promise<AxeResults> {
  const results = await runAxe(page, options);
  mkdirSync(AXE_DIR, { recursive: true });
  const report = {
    name,
    url: results.url,
    testEngine: results.testEngine,
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    })),
  };
  writeFileSync(resolve(AXE_DIR, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const blocking = describeViolations(results);
  if (blocking) throw new Error(`axe « ${name} » : violations graves ou critiques (WCAG 2.1 AA)\n${blocking}`);
  return results;
}
