/**
 * Network staff export the list and open it in French Excel: the file is split on `;`, starts
 * with a BOM, every row has as many cells as the header, headers and values are in French (the
 * missing fields too), régions and départements are named beside their codes, several values in
 * a cell are joined by « | », and the file's name says the filter and the day. The comma variant
 * is the same file for other tools; the English interface writes English headers.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/csv';
import { launchBrowser, openApp, screenshot } from '../../../tests/helpers/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The list's number of rows (its header row not counted). */
const listCount = async (page: Page) => Number(await page.getByTestId('list-view').getAttribute('aria-rowcount')) - 1;

/** The day as the page sees it, YYYY-MM-DD. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path()) ?? '', 'utf8') };
}

/** Cells per line as a spreadsheet splitting on `separator` (quotes respected) sees them. */
function cellCounts(text: string, separator: ';' | ','): number[] {
  const table = parseCsv(text);
  expect(table.delimiter).toBe(separator);
  return [table.header.length, ...table.rows.map((r) => Object.keys(r.values).length + r.extra.length)];
}

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
])('the CSV export on a %s', (device, viewport) => {
  it('opens right in French Excel, with a name that says the filter and the day', async () => {
    const { page, errors } = await openApp(browser, { viewport, path: '?view=list&region=75&practice=lieu' });
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    await expect.poll(() => listCount(page)).toBeGreaterThan(0);
    const total = await listCount(page);
    await page.getByRole('button', { name: 'Exporter CSV', exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, `export-csv-toolbar-${device}`);
    const { name, text } = await download(page, 'Exporter CSV');
    expect(name).toBe(`catalyseurs-nouvelle-aquitaine-lieu-${await today(page)}.csv`);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]?.startsWith('Identifiant;Nom;Nature;Pratiques;Profil;Échelle d’action;Thèmes;Description;Site web;')).toBe(true);
    // Every row has the header's cells, whatever commas its values hold.
    const counts = cellCounts(text, ';');
    expect(counts).toHaveLength(total + 1);
    expect(new Set(counts)).toEqual(new Set([counts[0]]));
    const rows = parseCsv(text).rows.map((r) => r.values);
    expect(rows.every((r) => r['Région'] === 'Nouvelle-Aquitaine' && r['Code région'] === '75')).toBe(true);
    expect(rows.every((r) => (r['Pratiques'] ?? '').split(' | ').includes("Gestion d'un lieu"))).toBe(true);
    expect(rows.every((r) => r['Département'] !== '' || r['Code département'] === '')).toBe(true);
    expect(rows.some((r) => /^\d{2}$/.test(r['Code département'] ?? '') && (r['Département'] ?? '').length > 2)).toBe(true);
    expect(rows.every((r) => ['Acteur', 'Projet'].includes(r['Nature'] ?? ''))).toBe(true);
    expect(rows.every((r) => ['oui', 'non'].includes(r['Donnée d’exemple'] ?? ''))).toBe(true);
    // The missing fields in French words, several joined by « | ».
    const missing = rows.map((r) => r['Informations manquantes'] ?? '').filter(Boolean);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((m) => m.split(' | ').every((field) => /^[a-zéèêàç’' ()]+$/.test(field)))).toBe(true);
    expect(missing.join(' | ')).not.toMatch(/\b(website|themes|practices|kind|profile|scope)\b/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has a comma variant for other tools, the same columns and rows', async () => {
    const { page, errors } = await openApp(browser, { viewport, path: '?view=list&region=75&practice=lieu' });
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    await expect.poll(() => listCount(page)).toBeGreaterThan(0);
    const total = await listCount(page);
    const semicolon = await download(page, 'Exporter CSV');
    const comma = await download(page, 'CSV à virgules');
    expect(comma.name).toBe(`catalyseurs-nouvelle-aquitaine-lieu-${await today(page)}-virgule.csv`);
    const counts = cellCounts(comma.text, ',');
    expect(counts).toHaveLength(total + 1);
    expect(new Set(counts)).toEqual(new Set([counts[0]]));
    expect(parseCsv(comma.text).rows.map((r) => r.values)).toEqual(parseCsv(semicolon.text).rows.map((r) => r.values));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('writes English headers when the interface is in English', async () => {
    const { page, errors } = await openApp(browser, { viewport, path: '?view=list&region=75' });
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Export CSV', exact: true }).waitFor();
    const { name, text } = await download(page, 'Export CSV');
    expect(name).toBe(`catalyseurs-nouvelle-aquitaine-${await today(page)}.csv`);
    const table = parseCsv(text);
    expect(table.header.slice(0, 6)).toEqual(['Identifier', 'Name', 'Kind', 'Practices', 'Profile', 'Scope']);
    expect(table.header).toContain('Missing information');
    expect(table.rows.every((r) => ['Actor', 'Project'].includes(r.values['Kind'] ?? ''))).toBe(true);
    expect(table.rows.every((r) => ['yes', 'no'].includes(r.values['Sample data'] ?? ''))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
