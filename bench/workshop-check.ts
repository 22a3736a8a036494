/**
 * The data workshop at scale: sheets given to `atelier.html` of the built app, « Vérifier »
 * clicked, timed to the counts of the check on screen (the pipeline in the workshop's worker; the
 * gazetteer is loaded as soon as the first sheet is opened, as for a person). On generated sheets of 1k/10k/100k rows and on the
 * real France Services list (2,683 rows, its columns guessed by the workshop).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateSheets } from './datasets';
import { summarize } from './stats';

export interface WorkshopSheet {
  name: string;
  /** The file on disk: the browser reads it as a person's pick would (no size limit of an in-memory buffer). */
  path: string;
}

export interface WorkshopFigures {
  label: string;
  rows: number;
  /** « Vérifier » → counts shown, each run in a fresh page. */
  first: number[];
  firstMedian: number;
  failure?: string;
}

const CHECK_TIMEOUT_MS = 180_000;
const STEP_TIMEOUT_MS = 30_000;

/** Generated actor and link sheets of `size` rows, written once into `cacheDir`. */
export async function generatedSheets(size: number, root: string, cacheDir: string): Promise<WorkshopSheet[]> {
  const dir = resolve(cacheDir, `workshop-${size}`);
  const names = ['acteurs.csv', 'liens.csv'];
  if (!names.every((n) => existsSync(resolve(dir, n)))) {
    const sheets = await generateSheets(size, resolve(root, 'public/data'));
    await mkdir(dir, { recursive: true });
    await writeFile(resolve(dir, names[0]!), sheets.actors);
    await writeFile(resolve(dir, names[1]!), sheets.links);
  }
  return names.map((name) => ({ name, path: resolve(dir, name) }));
}

/** The France Services list as published, from the test fixtures. */
export async function franceServicesSheet(root: string): Promise<WorkshopSheet> {
  const name = 'france-services-2022.csv';
  return { name, path: resolve(root, 'tests/fixtures/realdata', name) };
}

async function checkOnce(page: Page): Promise<number> {
  const counts = page.getByTestId('workshop-counts');
  const before = (await counts.count()) > 0 ? await counts.innerText() : '';
  // Step 2, the columns (the guesses preselected), where « Vérifier » is.
  await page.getByRole('button', { name: '2. Colonnes', exact: true }).click({ timeout: STEP_TIMEOUT_MS });
  // The first « Vérifier » on the page (step 2 has one, the report another after a check).
  const button = page.getByRole('button', { name: /^Vérifier( à nouveau)?$/ }).first();
  await button.waitFor({ timeout: STEP_TIMEOUT_MS });
  const started = Date.now();
  await button.click();
  // The counts replaced (a re-check writes new ones, if only its elapsed time).
  await page.waitForFunction(
    (previous) => {
      const el = document.querySelector('[data-testid=workshop-counts]');
      return el !== null && el.textContent !== previous && !document.querySelector('[aria-busy=true]');
    },
    before,
    { timeout: CHECK_TIMEOUT_MS, polling: 'raf' },
  );
  return Date.now() - started;
}

/** `runs` fresh pages: the sheets given, then checked. */
export async function workshopCheck(
  browser: Browser,
  baseUrl: string,
  label: string,
  rows: number,
  sheets: readonly WorkshopSheet[],
  runs: number,
): Promise<WorkshopFigures> {
  const first: number[] = [];
  const figures = (failure?: string): WorkshopFigures => ({
    label,
    rows,
    first,
    firstMedian: first.length > 0 ? summarize(first).median : NaN,
    ...(failure ? { failure } : {}),
  });
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}atelier.html`);
      await page.getByTestId('workshop-files').setInputFiles(sheets.map((s) => s.path));
      // As a person looks at the columns before « Vérifier », and as the other page paths do: the
      // sheets read and the gazetteer loaded (started when the first sheet is opened) first.
      await page.waitForLoadState('networkidle', { timeout: STEP_TIMEOUT_MS }).catch(() => undefined);
      await page.waitForTimeout(1000);
      first.push(await checkOnce(page));
    } catch (error) {
      return figures(error instanceof Error ? error.message.split('\n')[0] : String(error));
    } finally {
      await context.close();
    }
  }
  return figures();
}
