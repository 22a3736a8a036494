/**
 * Links and ecosystems as a person uses them, on the real Paris Est Marne & Bois ecosystem (seed
 * actors and links): the actor found and opened, its partners listed in its sheet with the
 * network metrics, its links drawn on the map (grey when the partner is outside the filters),
 * a partner clicked through, links of links, the list sorted by links, then the territory's
 * ecosystem graph, searched and clicked through. The graph libraries load only with that view.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  heldDataFile,
  launchBrowser,
  openApp,
  pixelStats,
  screenshot,
  waitForMapReady,
  type OpenedPage,
} from '../../../../tests/helpers/browser';
import { expectNoSeriousViolations } from '../../../../tests/helpers/axe';

/** The partnership line colour (src/map/link-palette.ts). */
const PARTNER_GREEN = '#2b6e2f';
/** Over Créteil and Charenton-le-Pont, west of the sheet. */
const CAMERA = '12/48.800/2.480';
/** Share of the map's pixels that one partnership line between Créteil and Charenton covers, at least. */
const LINE_SHARE = 0.0001;
let withLine = 0;

let browser: Browser;
let opened: OpenedPage;
let requests: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openApp(browser, {
    path: `?map=${CAMERA}`,
    prepare: async (page) => {
      requests = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname.split('/').pop() ?? ''));
    },
  });
  await waitForMapReady(opened.page);
});

afterAll(async () => {
  await browser?.close();
});

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const panel = (page: Page) => page.getByTestId('detail-panel');
const note = (page: Page) => page.getByTestId('links-map-note');
const noteData = async (page: Page) => ({
  drawn: Number(await note(page).getAttribute('data-links-drawn')),
  dimmed: Number(await note(page).getAttribute('data-links-dimmed')),
  hidden: Number(await note(page).getAttribute('data-links-hidden')),
  depth: Number(await note(page).getAttribute('data-links-depth')),
});
const greenShare = async (page: Page) => (await pixelStats(page, '.map-view', { green: PARTNER_GREEN })).shares['green'] ?? 0;

describe('the Paris Est Marne & Bois ecosystem', () => {
  it('loads no graph library with the page', () => {
    expect(requests).toContain('actors.columns.json');
    expect(requests.filter((file) => /^(ecosystem-view|link-graph)-/.test(file))).toEqual([]);
  });

  it('opens the actor from a search, with its partners listed by type and its metrics', async () => {
    const { page } = opened;
    await page.getByRole('search').getByRole('searchbox').fill('Paris Est Marne');
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await page.getByTestId('list-view').getByRole('button', { name: 'Paris Est Marne & Bois', exact: true }).click();
    await panel(page).waitFor();
    expect(param(page, 'actor')).toBe('paris-est-marne-bois');

    const partners = panel(page).locator('.detail-link-group', { hasText: 'Partenaire de' });
    expect(await partners.locator('.detail-link-type').textContent()).toBe('Partenaire de (3)');
    expect(await partners.getByRole('button').allTextContents()).toEqual([
      'Agir Ensemble à Charenton',
      'Club Gravelle Entreprendre',
      'Vitawin',
    ]);

    await expect.poll(() => panel(page).getByTestId('metric-links').textContent()).toBe('3');
    // A collectivité, an association and a company: three worlds.
    expect(await panel(page).getByTestId('metric-worlds').textContent()).toBe('3');
    expect(await panel(page).getByTestId('detail-network').textContent()).toContain('Collectivité, Association, Entreprise');
    // Measured in a worker that gives way to the inputs just made: « calcul en cours… » until then.
    await expect
      .poll(() => panel(page).getByTestId('metric-betweenness').textContent(), { timeout: 10_000 })
      .toMatch(/^\d+ᵉ sur 544 fiches$/);
    expect(requests.some((file) => file.startsWith('link-metrics.worker-'))).toBe(true);
    await page.getByRole('search').getByRole('searchbox').fill('');
  });

  it('draws its links on the map, grey to a partner the filters leave out', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Carte', exact: true }).click();
    await note(page).waitFor({ state: 'attached' });
    // One line to Charenton; Vitawin and Club Gravelle share its point at Créteil.
    await expect.poll(() => noteData(page)).toEqual({ drawn: 1, dimmed: 0, hidden: 2, depth: 1 });
    await page.waitForTimeout(500);
    withLine = await greenShare(page);
    await screenshot(page, 'ecosystem-map-links');
    // Agir Ensemble à Charenton is a project: with actors only, its link stays, grey.
    await page.getByRole('checkbox', { name: /^Acteur/ }).check();
    await expect.poll(() => noteData(page)).toEqual({ drawn: 1, dimmed: 1, hidden: 2, depth: 1 });
    await screenshot(page, 'ecosystem-map-links-dimmed');
    await page.getByRole('checkbox', { name: /^Acteur/ }).uncheck();
    await expectNoSeriousViolations(page, 'ecosystem-panel', { include: '[data-testid="detail-panel"]' });
  });

  it('clicks through to a partner, then shows links of links at depth 2', async () => {
    const { page } = opened;
    await panel(page).getByRole('button', { name: 'Vitawin', exact: true }).click();
    await expect.poll(() => param(page, 'actor')).toBe('vitawin');
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Vitawin');
    // Its one link, to Paris Est Marne & Bois at the same point, cannot be drawn.
    await expect.poll(() => noteData(page)).toEqual({ drawn: 0, dimmed: 0, hidden: 1, depth: 1 });
    await expect.poll(() => greenShare(page), { timeout: 10_000 }).toBeLessThan(withLine - LINE_SHARE);
    const withoutLine = await greenShare(page);

    await panel(page).getByRole('radio', { name: 'Avec les liens des liens' }).check();
    await expect.poll(() => param(page, 'depth')).toBe('2');
    await expect.poll(() => noteData(page)).toEqual({ drawn: 1, dimmed: 0, hidden: 2, depth: 2 });
    await expect.poll(() => greenShare(page), { timeout: 10_000 }).toBeGreaterThan(withoutLine + LINE_SHARE);
    await screenshot(page, 'ecosystem-map-depth2');
  });

  it('takes the lines off the map with the fiche, and draws them again when it comes back', async () => {
    const { page } = opened;
    const drawn = await greenShare(page);
    await panel(page).getByRole('button', { name: 'Fermer', exact: true }).click();
    await panel(page).waitFor({ state: 'detached' });
    await expect.poll(() => greenShare(page), { timeout: 10_000 }).toBeLessThan(drawn - LINE_SHARE);
    await screenshot(page, 'ecosystem-map-closed');
    await page.goBack();
    await expect.poll(() => param(page, 'actor')).toBe('vitawin');
    await expect.poll(() => noteData(page)).toEqual({ drawn: 1, dimmed: 0, hidden: 2, depth: 2 });
    await expect.poll(() => greenShare(page), { timeout: 10_000 }).toBeGreaterThan(drawn - LINE_SHARE);
  });

  it('opens the département’s ecosystem in one click, and clicks through in its table', async () => {
    const { page } = opened;
    await panel(page)
      .getByRole('button', { name: /Voir l’écosystème : 94/ })
      .click();
    await expect.poll(() => param(page, 'view')).toBe('graph');
    expect(param(page, 'dep')).toBe('94');
    await page.getByTestId('graph-canvas').waitFor();
    expect(requests.some((file) => file.startsWith('ecosystem-view-'))).toBe(true);
    const summary = page.getByTestId('graph-summary');
    expect(Number(await summary.getAttribute('data-graph-nodes'))).toBeGreaterThanOrEqual(4);
    const table = page.getByTestId('graph-table');
    for (const name of ['Paris Est Marne & Bois', 'Vitawin', 'Club Gravelle Entreprendre', 'Agir Ensemble à Charenton']) {
      expect(await table.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    const pembRow = table.locator('tr', { has: page.getByRole('button', { name: 'Paris Est Marne & Bois', exact: true }) });
    expect(await pembRow.textContent()).toContain('partenaire de : Agir Ensemble à Charenton, Club Gravelle Entreprendre, Vitawin');

    await table.getByRole('button', { name: 'Paris Est Marne & Bois', exact: true }).click();
    await expect.poll(() => param(page, 'actor')).toBe('paris-est-marne-bois');
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Paris Est Marne & Bois');
    // The graph is drawn (more than the background colour on the canvas).
    expect((await pixelStats(page, '[data-testid="graph-canvas"]', {})).distinctColors).toBeGreaterThan(5);
    await screenshot(page, 'ecosystem-graph');
  });

  it('finds a node by name and selects it from the keyboard', async () => {
    const { page } = opened;
    const box = page.getByRole('searchbox', { name: 'Trouver une fiche dans le graphe' });
    await box.fill('gravelle');
    const found = page.getByTestId('graph-found').getByRole('button', { name: 'Club Gravelle Entreprendre' });
    await found.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'actor')).toBe('club-gravelle-entreprendre');
    await expectNoSeriousViolations(page, 'ecosystem-graph', { include: '[data-testid="graph-view"]' });
    await screenshot(page, 'ecosystem-graph-search');
  });

  it('selects the actor whose node is clicked in the drawing', async () => {
    const { page } = opened;
    await panel(page).getByRole('button', { name: 'Fermer' }).click();
    await page.getByRole('searchbox', { name: 'Trouver une fiche dans le graphe' }).fill('');
    // Closed, the whole graph shows again; its node (where its label says) is clicked.
    await expect.poll(() => param(page, 'actor')).toBeNull();
    const canvas = page.getByTestId('graph-canvas');
    await canvas.scrollIntoViewIfNeeded();
    await expect.poll(() => canvas.getAttribute('data-camera-ratio')).toBe('1.000');
    const box = await canvas.boundingBox();
    const labels = JSON.parse((await canvas.getAttribute('data-labels')) ?? '[]') as { id: string; cx: number; cy: number }[];
    const node = labels.find((label) => label.id === 'paris-est-marne-bois');
    if (!box || !node) throw new Error('no canvas or no label for the node');
    await page.mouse.click(box.x + node.cx, box.y + node.cy);
    await expect.poll(() => param(page, 'actor')).toBe('paris-est-marne-bois');
  });

  it('sorts the list by number of links', async () => {
    const { page } = opened;
    // Leaving the ecosystem view unfolds the filters again.
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await page.getByRole('button', { name: 'Tout réinitialiser' }).click();
    if (await panel(page).count()) await panel(page).getByRole('button', { name: 'Fermer' }).click();
    await page.getByTestId('list-view').locator('button[data-sort="links"]').click();
    await expect.poll(() => param(page, 'sort')).toBe('links');
    // The cells under the « Liens » header, wherever the column is.
    const heads = await page.getByTestId('list-view').locator('thead th').allInnerTexts();
    const column = heads.findIndex((head) => head.startsWith('Liens')) + 1;
    expect(column).toBeGreaterThan(0);
    const counts = async () =>
      (await page.getByTestId('list-view').locator(`tbody tr > :nth-child(${column})`).allTextContents()).slice(0, 20).map(Number);
    await expect.poll(async () => (await counts())[0] ?? 0).toBeGreaterThan(3);
    const first = await counts();
    expect(first).toEqual([...first].sort((a, b) => b - a));
  });

  it('logs no errors', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('an ecosystem opened before the links are in', () => {
  it('says the links are loading, then draws the graph once, with them', async () => {
    const links = heldDataFile('links.columns.json');
    const { page, errors } = await openApp(browser, { prepare: links.prepare });
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Écosystème', exact: true }).click();
    const view = page.getByTestId('graph-view');
    await expect.poll(() => view.getByRole('status').innerText()).toContain('Chargement des liens entre les fiches…');
    expect(await view.getAttribute('data-graph-ready')).toBe('false');
    expect(await view.getByTestId('graph-summary').count()).toBe(0);
    await screenshot(page, 'ecosystem-links-loading');
    links.release();
    await expect.poll(() => view.getAttribute('data-graph-ready'), { timeout: 30_000 }).toBe('true');
    expect(Number(await view.getByTestId('graph-summary').getAttribute('data-graph-links'))).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
