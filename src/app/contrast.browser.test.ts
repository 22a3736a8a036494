/**
 * Contrast as drawn, where axe answers "needs review" (text over the map, over gradients, over
 * translucent panels, in a canvas): every text visible in each view is measured against the
 * pixels rendered behind it (tests/helpers/contrast.ts) and must reach 4.5:1, or 3:1 when large;
 * the markers' edges against the map around them and the legends' keys reach 3:1. Desktop
 * (1440×900) and phone (390×844); the map, the list, the ecosystem graph, the fragility and the
 * coverage overlays with their legends and tooltips, a stack's popup, the notice bars, the embed.
 * Each state's measures go to test-output/contrast/<state>.json, its picture to the screenshots.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../shared/palette';
import { hoverMapUntil, launchBrowser, openApp, screenshot, waitForMapReady } from '../../tests/helpers/browser';
import {
  edgeFailures,
  failures,
  measureCanvasTexts,
  measureKeys,
  measureMarkerEdges,
  measureTexts,
  recordCanvasText,
  worstByKind,
  type EdgeContrast,
  type Kinds,
  type TextContrast,
} from '../../tests/helpers/contrast';

const root = fileURLToPath(new URL('../..', import.meta.url));
const REPORT_DIR = resolve(root, 'test-output/contrast');

/** The kinds of text, by the part of the page that holds them (first match wins). */
const KINDS: Kinds = [
  ['nombres des groupes', '.atlas-cluster'],
  ['liste d’un lieu (popup)', '.maplibregl-popup'],
  ['infobulle de la carte', '.map-tooltip'],
  ['légende de la carte', '.map-legend'],
  ['légende de la couverture', '.coverage-legend'],
  ['légende de la fragilité', '.fragility-legend'],
  ['contrôle Calques', '.coverage-control'],
  ['contrôles de la carte', '.territory-switcher, .maplibregl-ctrl'],
  ['bandeaux d’avis', '.notice-bar, .sample-notice, .map-style-notice, .map-overlay'],
  ['barre de l’intégration', '.embed-bar'],
  ['vue écosystème', '.graph-view'],
  ['liste', '.list-view'],
  ['fiche', '.detail-panel'],
  ['panneau des filtres', '.panel'],
  ['en-tête', '.app-header'],
];
const GRAPH_LABELS = 'étiquettes du graphe';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Moves the pointer over the map until an overlay's tooltip shows. */
async function hoverTooltip(page: Page): Promise<void> {
  if (!(await hoverMapUntil(page, page.locator('.map-tooltip')))) throw new Error('no tooltip over the map');
}

/** On a phone the « Calques » control starts folded: unfolded, its legend shows. */
async function unfoldLayers(page: Page): Promise<void> {
  const toggle = page.locator('.coverage-title button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('.coverage-body').waitFor();
}

/** Each key of a legend in a scrolling panel, scrolled into view in turn and measured alone. */
async function measureEachKey(page: Page, kind: string, rows: string): Promise<EdgeContrast[]> {
  const count = await page.locator(rows).count();
  const measured: EdgeContrast[] = [];
  for (let i = 1; i <= count; i += 1) {
    const row = `${rows}:nth-child(${i})`;
    await page.locator(row).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    measured.push(...(await measureKeys(page, kind, `${row} svg`)));
  }
  return measured;
}

interface Measured {
  texts: TextContrast[];
  edges: EdgeContrast[];
}

/** Measures the page as it is; writes the report and the screenshot of the state. */
async function measure(page: Page, state: string, options: { map?: boolean; graph?: boolean } = {}): Promise<Measured> {
  await screenshot(page, `contrast-${state}`);
  const texts = [...(await measureTexts(page, KINDS)), ...(options.graph ? await measureCanvasTexts(page, GRAPH_LABELS) : [])];
  const edges = options.map
    ? [
        ...(await measureMarkerEdges(page)),
        ...(await measureKeys(page, 'clés de la légende de la carte', '.map-legend svg')),
        ...(await measureKeys(page, 'clés de la légende de la couverture', '.coverage-legend svg')),
        ...(await measureKeys(page, 'repère France sur l’échelle de fragilité', '.fragility-france-mark')),
      ]
    : [];
  mkdirSync(REPORT_DIR, { recursive: true });
  writeFileSync(resolve(REPORT_DIR, `${state}.json`), `${JSON.stringify({ kinds: worstByKind(texts), texts, edges }, null, 2)}\n`);
  return { texts, edges };
}

function kindsOf(measures: readonly { kind: string }[]): string[] {
  return [...new Set(measures.map((m) => m.kind))];
}

function expectReadable({ texts, edges }: Measured, kinds: string[], edgeKinds: string[] = []): void {
  expect(failures(texts)).toEqual([]);
  expect(edgeFailures(edges)).toEqual([]);
  // The state showed what it is meant to show: each kind was measured.
  expect(kindsOf(texts)).toEqual(expect.arrayContaining(kinds));
  expect(kindsOf(edges)).toEqual(expect.arrayContaining(edgeKinds));
}

describe('the measure itself', () => {
  it('finds pale text over the map, and passes it once it has a solid backing', async () => {
    const { page } = await openApp(browser, { viewport: DESKTOP });
    await waitForMapReady(page);
    const add = (backing: string) =>
      page.evaluate((backing) => {
        document.querySelector('#essai-contraste')?.remove();
        const probe = document.createElement('p');
        probe.id = 'essai-contraste';
        probe.textContent = 'Texte gris sur la mer';
        Object.assign(probe.style, {
          position: 'absolute',
          left: '12px',
          top: '45%',
          zIndex: '4',
          margin: '0',
          color: '#767676',
          background: backing,
        });
        document.querySelector('.map-area')?.append(probe);
      }, backing);
    const probe = async () => (await measureTexts(page, [['essai', '#essai-contraste']])).filter((m) => m.kind === 'essai');

    await add('transparent');
    const bare = await probe();
    expect(bare.length).toBe(1);
    // #767676 is 4.54:1 on white, 3.59:1 on the sea.
    expect(bare[0]?.worstBackground).toBe(BASEMAP_COLORS.sea);
    expect(bare[0]?.ratio).toBe(3.59);
    expect(failures(bare)).toEqual(['essai « Texte gris sur la mer » (p, rgb(118, 118, 118)) : 3.59 sur #dce6ee < 4.5']);

    await add('#ffffff');
    const backed = await probe();
    expect(backed[0]?.ratio).toBe(4.54);
    expect(failures(backed)).toEqual([]);
    await page.context().close();
  });

  it('finds pale text drawn in a canvas over the map, and passes it on a backing', async () => {
    const { page } = await openApp(browser, { viewport: DESKTOP, prepare: (p) => recordCanvasText(p, 'essai-canvas') });
    await waitForMapReady(page);
    const draw = (backing: string | null) =>
      page.evaluate((backing) => {
        let canvas = document.querySelector<HTMLCanvasElement>('canvas.essai-canvas');
        if (!canvas) {
          canvas = document.createElement('canvas');
          canvas.className = 'essai-canvas';
          canvas.width = 300;
          canvas.height = 40;
          Object.assign(canvas.style, { position: 'absolute', left: '12px', top: '45%', zIndex: '4' });
          document.querySelector('.map-area')?.append(canvas);
        }
        const context = canvas.getContext('2d');
        if (!context) return;
        context.clearRect(0, 0, canvas.width, canvas.height);
        if (backing) {
          context.fillStyle = backing;
          context.fillRect(0, 0, canvas.width, canvas.height);
        }
        context.font = '14px sans-serif';
        context.fillStyle = '#767676';
        context.fillText('Étiquette grise', 8, 26);
      }, backing);

    await draw(null);
    const bare = await measureCanvasTexts(page, 'essai');
    expect(bare.map((m) => [m.text, m.ratio, m.worstBackground])).toEqual([['Étiquette grise', 3.59, BASEMAP_COLORS.sea]]);
    expect(failures(bare)).toHaveLength(1);

    await draw('#ffffff');
    const backed = await measureCanvasTexts(page, 'essai');
    expect(backed.map((m) => [m.text, m.ratio, m.worstBackground])).toEqual([['Étiquette grise', 4.54, '#ffffff']]);
    await page.context().close();
  });
});

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('contrast as drawn, %s', (device, viewport) => {
  const phone = device === 'phone';

  it('on the map: cluster counts, legend, controls, « Calques », notice; markers’ edges', async () => {
    const { page } = await openApp(browser, { viewport });
    await waitForMapReady(page);
    const measured = await measure(page, `${device}-map`, { map: true });
    expectReadable(
      measured,
      [
        'nombres des groupes',
        'contrôles de la carte',
        'contrôle Calques',
        'bandeaux d’avis',
        'en-tête',
        ...(phone ? [] : ['légende de la carte']),
      ],
      ['bord des groupes', ...(phone ? [] : ['clés de la légende de la carte'])],
    );
    await page.context().close();
  });

  it('in the list', async () => {
    const { page } = await openApp(browser, { viewport, path: '?view=list' });
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    if (phone) await page.getByTestId('list-view').locator('tbody tr').first().scrollIntoViewIfNeeded();
    expectReadable(await measure(page, `${device}-list`), ['liste', 'en-tête']);
    await page.context().close();
  });

  it('in the ecosystem graph, its labels drawn in the canvas included', async () => {
    const { page } = await openApp(browser, { viewport, path: '?view=graph', prepare: (p) => recordCanvasText(p, 'sigma-labels') });
    const canvas = page.getByTestId('graph-canvas');
    await canvas.waitFor();
    // On a phone the graph fills the screen below its search, legend and buttons: those are measured first, above it.
    const above = phone ? await measure(page, `${device}-graph-top`) : null;
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => [...((window as unknown as { __canvasText?: Map<unknown, unknown[]> }).__canvasText?.values() ?? [])].some((l) => l.length > 3),
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(500);
    const measured = await measure(page, `${device}-graph`, { graph: true });
    if (above) {
      expectReadable(above, ['vue écosystème', 'en-tête']);
      expectReadable(measured, [GRAPH_LABELS]);
    } else {
      expectReadable(measured, [GRAPH_LABELS, 'vue écosystème']);
    }
    await page.context().close();
  }, 120_000);

  it('with the fragility overlay: its legend over the gradient, its tooltip, the France mark', async () => {
    const { page } = await openApp(browser, { viewport, path: '?overlay=fragility-dim:sociale' });
    await waitForMapReady(page);
    if (phone) {
      // On a phone « Calques » starts folded, its compact legend under the button: measured there too.
      await page.getByTestId('fragility-legend-compact').waitFor();
      expectReadable(
        await measure(page, `${device}-fragility-folded`, { map: true }),
        ['légende de la fragilité', 'contrôle Calques'],
        ['repère France sur l’échelle de fragilité'],
      );
      // Unfolded, it is a bottom sheet that scrolls: the full legend is brought into view.
      await unfoldLayers(page);
      await page
        .getByTestId('fragility-legend')
        .locator('.fragility-bar')
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    } else {
      await page.getByTestId('fragility-legend').waitFor({ state: 'attached' });
      await hoverTooltip(page);
    }
    expectReadable(
      await measure(page, `${device}-fragility`, { map: true }),
      ['légende de la fragilité', 'contrôle Calques', ...(phone ? [] : ['infobulle de la carte'])],
      ['repère France sur l’échelle de fragilité'],
    );
    await page.context().close();
  });

  it('with the coverage overlay: its legend, its tooltip, the keys of its classes', async () => {
    const { page } = await openApp(browser, { viewport, path: '?overlay=coverage' });
    await waitForMapReady(page);
    await page.getByTestId('coverage-legend').waitFor({ state: 'attached' });
    if (phone) {
      // On a phone « Calques » starts folded, its compact legend under the button: measured there too.
      expectReadable(
        await measure(page, `${device}-coverage-folded`, { map: true }),
        ['légende de la couverture', 'contrôle Calques'],
        ['clés de la légende de la couverture'],
      );
      await unfoldLayers(page);
      await page.getByTestId('coverage-legend').scrollIntoViewIfNeeded();
    } else {
      await hoverTooltip(page);
    }
    const measured = await measure(page, `${device}-coverage`, { map: true });
    // Every key of its classes, each brought into view where the panel scrolls (the phone's bottom sheet).
    const keys = await measureEachKey(page, 'clés de la légende de la couverture', '.coverage-legend li');
    expect(keys.length).toBe(await page.locator('.coverage-legend li').count());
    expectReadable(
      { texts: measured.texts, edges: [...measured.edges, ...keys] },
      ['légende de la couverture', 'contrôle Calques', ...(phone ? [] : ['infobulle de la carte'])],
      ['clés de la légende de la couverture'],
    );
    await page.context().close();
  });

  it('in the embed: its bar over the map', async () => {
    const { page } = await openApp(browser, { viewport, path: 'embed.html' });
    await waitForMapReady(page);
    expectReadable(await measure(page, `${device}-embed`, { map: true }), ['barre de l’intégration', 'contrôles de la carte']);
    await page.context().close();
  });
});

describe('contrast as drawn, over dark fills and among markers (desktop)', () => {
  it('keeps the attribution readable where the fragility’s dark régions and markers lie under it', async () => {
    const { page } = await openApp(browser, { viewport: DESKTOP, path: '?overlay=fragility-dim:sociale&map=6.5/43.6/6.5' });
    await waitForMapReady(page);
    await page.getByTestId('fragility-legend').waitFor({ state: 'attached' });
    // The detailed basemap comes after the first view: measure over the painted choropleth.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    const measured = await measure(page, 'desktop-fragility-south-east', { map: true });
    expectReadable(measured, ['contrôles de la carte', 'nombres des groupes'], ['bord des groupes', 'contour des fiches']);
    expect(measured.texts.some((m) => m.where.includes('maplibregl-ctrl-attrib'))).toBe(true);
    await page.context().close();
  });

  it('keeps a stack’s popup and the bar of ignored parameters readable', async () => {
    const { page } = await openApp(browser, { viewport: DESKTOP, path: '?map=13/48.8566/2.3428&practice=lieu,peinture' });
    await waitForMapReady(page);
    await page.getByTestId('url-notices').waitFor();
    await page.locator('.atlas-stack').first().click();
    await page.locator('.atlas-stack-popup').waitFor();
    expectReadable(await measure(page, 'desktop-stack-notice', { map: true }), ['liste d’un lieu (popup)', 'bandeaux d’avis']);
    await page.context().close();
  });
});
