/**
 * Colours for every reader: text contrast of at least 4.5:1 (WCAG 2.1 AA) for the colours the
 * style sheets give text, read from the CSS itself so that a change there is checked; 3:1 for the
 * focus ring and the markers' outline; practice colours that stay apart for readers with
 * protanopia, deuteranopia or tritanopia.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, deltaE2000, deltaE2000Lab, over, parseColor, simulateColorVision, type Rgb } from './color-contrast';
import { BASEMAP_COLORS, PRACTICE_COLORS } from './palette';

const ROOT = resolve(__dirname, '../..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

/** Every rule of the app's style sheets (those inside @media too): selector → declarations. */
const RULES = cssFiles(resolve(ROOT, 'src')).flatMap((file) => {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    file,
    selector: (m[1] ?? '').trim().replace(/\s+/g, ' '),
    declarations: Object.fromEntries(
      (m[2] ?? '')
        .split(';')
        .map((d) => d.split(':'))
        .filter((parts) => parts.length >= 2)
        .map(([name = '', ...value]) => [name.trim(), value.join(':').trim()]),
    ),
  }));
});

const ROOT_VARS = Object.assign({}, ...RULES.filter((r) => r.selector === ':root').map((r) => r.declarations)) as Record<string, string>;

/** A CSS colour value with its `var()`s resolved, as an opaque colour over `backdrop`. */
function color(value: string, backdrop: Rgb = WHITE): Rgb {
  const resolved = value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
    const v = ROOT_VARS[name];
    if (v === undefined) throw new Error(`unknown custom property ${name}`);
    return v;
  });
  const parsed = parseColor(resolved);
  if (!parsed) throw new Error(`not a colour: ${value}`);
  return over(parsed, backdrop);
}

/** The `color` the style sheets give a selector (the first rule that sets one). */
function textColorOf(selector: string): string {
  const rule = RULES.find((r) => r.selector === selector && r.declarations['color']);
  if (!rule) throw new Error(`no rule sets the color of ${selector}`);
  return rule.declarations['color'] ?? '';
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const SURFACE = () => color('var(--color-surface)');
const PAGE = () => color('var(--color-page)');
const MAP_LAND = () => color(BASEMAP_COLORS.land);
const MAP_SEA = () => color(BASEMAP_COLORS.sea);

describe('the colour maths', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrastRatio(color('#000'), color('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(color('#767676'), color('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(color('#777777'), color('#ffffff'))).toBeLessThan(4.5);
    // Half-transparent black over white is a mid grey.
    expect(color('rgb(0 0 0 / 50%)')).toEqual({ r: 127.5, g: 127.5, b: 127.5 });
  });

  it('computes CIEDE2000 as the reference data of Sharma, Wu and Dalal (2005)', () => {
    expect(deltaE2000Lab({ l: 50, a: 2.6772, b: -79.7751 }, { l: 50, a: 0, b: -82.7485 })).toBeCloseTo(2.0425, 4);
    expect(deltaE2000Lab({ l: 50, a: 0, b: 0 }, { l: 50, a: -1, b: 2 })).toBeCloseTo(2.3669, 4);
    expect(deltaE2000Lab({ l: 60.2574, a: -34.0099, b: 36.2677 }, { l: 60.4626, a: -34.1751, b: 39.4387 })).toBeCloseTo(1.2644, 4);
    expect(deltaE2000Lab({ l: 50, a: 2.5, b: 0 }, { l: 73, a: 25, b: -18 })).toBeCloseTo(27.1492, 4);
  });

  it('simulates colour vision: red and green merge for deuteranopia, black and white stay apart', () => {
    const red = color('#d62728');
    const green = color('#2ca02c');
    expect(deltaE2000(red, green)).toBeGreaterThan(40);
    expect(deltaE2000(simulateColorVision(red, 'deuteranopia'), simulateColorVision(green, 'deuteranopia'))).toBeLessThan(15);
    const black = simulateColorVision(color('#000'), 'protanopia');
    expect(contrastRatio(black, simulateColorVision(color('#fff'), 'protanopia'))).toBeGreaterThan(20);
  });
});

const SYSTEM_COLOR =
  /^(Canvas|CanvasText|LinkText|VisitedText|ActiveText|ButtonFace|ButtonText|ButtonBorder|Field|FieldText|Highlight|HighlightText|SelectedItem|SelectedItemText|Mark|MarkText|GrayText|AccentColor|AccentColorText)$/i;

describe('text contrast (4.5:1 at least)', () => {
  it('holds in every rule that sets both a text colour and an opaque background', () => {
    const checked: string[] = [];
    const failures: string[] = [];
    for (const rule of RULES) {
      const text = rule.declarations['color'];
      const background = rule.declarations['background'] ?? rule.declarations['background-color'];
      if (!text || !background || /none|transparent|inherit|currentcolor/.test(background) || /inherit|currentcolor/.test(text)) continue;
      // System colours (forced-colors mode) are the reader's own high-contrast theme.
      if (SYSTEM_COLOR.test(text) || SYSTEM_COLOR.test(background)) continue;
      // A translucent background is checked over the map's land and sea, where such panels lie.
      const backdrops = parseColor(background.replace(/var\(.*\)/, '#000'))?.a === 1 ? [WHITE] : [MAP_LAND(), MAP_SEA()];
      for (const backdrop of backdrops) {
        const ratio = contrastRatio(color(text, backdrop), color(background, backdrop));
        checked.push(rule.selector);
        if (ratio < 4.5) failures.push(`${rule.selector}: ${text} on ${background} = ${ratio.toFixed(2)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked.length).toBeGreaterThan(20);
  });

  // Text colours set without a background, with the backgrounds they are shown on.
  const ON_SURFACES: [selector: string, on: [where: string, background: () => Rgb][]][] = [
    ['.app-tagline', [['header', () => color('var(--color-brand)')]]],
    ['.total-sample', [['panel', SURFACE]]],
    ['.figure-group-title', [['panel', SURFACE]]],
    ['.figure dt', [['figure', () => color('#f7f9fb')]]],
    ['.figure-sample dt', [['sample figure', () => color('var(--color-notice-bg)')]]],
    ['.breakdown-hint', [['panel', SURFACE]]],
    ['.built-at', [['panel', SURFACE]]],
    [
      '.loading-status',
      [
        ['panel', SURFACE],
        ['map overlay over the sea', () => color('rgb(255 255 255 / 92%)', MAP_SEA())],
      ],
    ],
    ['.map-message', [['map', () => color('#dce6ee')]]],
    [
      '.map-view .maplibregl-ctrl-attrib a, .map-view .maplibregl-ctrl-attrib-inner',
      [['attribution over a marker’s outline', () => color('rgb(255 255 255 / 85%)', color(BASEMAP_COLORS.markerStroke))]],
    ],
    ['.detail-fact dt', [['panel', SURFACE]]],
    ['.detail-note', [['panel', SURFACE]]],
    ['.detail-link', [['panel', SURFACE]]],
    ['.detail-count', [['panel', SURFACE]]],
    ['.detail-copy-status', [['panel', SURFACE]]],
    ['.facet legend', [['panel', SURFACE]]],
    ['.facet-count', [['panel', SURFACE]]],
    ['.facet-empty .facet-label', [['panel', SURFACE]]],
    ['.atlas-cluster-count', [['cluster core', () => color('#ffffff')]]],
    ['.atlas-stack-meta', [['popup', SURFACE]]],
    ['.list-hint', [['list', SURFACE]]],
    ['.list-caption', [['list', SURFACE]]],
    ['.list-muted', [['list', SURFACE]]],
    ['.list-empty', [['list', SURFACE]]],
    ['.list-name-button:hover', [['list', SURFACE]]],
    ['.list-table tr.is-selected .list-name-button', [['selected row', () => color('#e8effc')]]],
    ["th[aria-sort='ascending'] .list-sort-button, th[aria-sort='descending'] .list-sort-button", [['table head', () => color('#f2f5f8')]]],
    ['body', [['page', PAGE]]],
  ];

  it.each(ON_SURFACES)('holds for %s', (selector, on) => {
    const text = textColorOf(selector);
    for (const [where, background] of on) {
      const ratio = contrastRatio(color(text, background()), background());
      expect(ratio, `${selector} (${text}) on the ${where}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('holds for the links and buttons in the accent colour on every light background they meet', () => {
    const accent = color('var(--color-accent)');
    for (const bg of ['var(--color-surface)', 'var(--color-page)', '#f2f5f8', '#eaf0fb', '#eef3fc', '#e8effc']) {
      expect(contrastRatio(accent, color(bg)), bg).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('holds for the map’s labels on the land', () => {
    expect(contrastRatio(color(BASEMAP_COLORS.regionLabel), MAP_LAND())).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(color(BASEMAP_COLORS.departementLabel), MAP_LAND())).toBeGreaterThanOrEqual(4.5);
  });
});

describe('non-text contrast (3:1 at least)', () => {
  it('holds for the focus ring on the page, the panels and in the header', () => {
    const ring = color('var(--color-accent)');
    expect(contrastRatio(ring, SURFACE())).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(ring, PAGE())).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(ring, MAP_LAND())).toBeGreaterThanOrEqual(3);
    // In the dark header the ring takes the header's text colour.
    const headerRing = RULES.find((r) => r.selector === '.app-header :focus-visible')?.declarations['outline-color'] ?? '';
    expect(contrastRatio(color(headerRing), color('var(--color-brand)'))).toBeGreaterThanOrEqual(3);
  });

  it('holds for the markers’ outline on the land and the sea (their fill colours vary)', () => {
    expect(contrastRatio(color(BASEMAP_COLORS.markerStroke), MAP_LAND())).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(color(BASEMAP_COLORS.markerStroke), MAP_SEA())).toBeGreaterThanOrEqual(3);
    const outline = RULES.find((r) => r.selector === '.atlas-point-outline')?.declarations['stroke'] ?? '';
    expect(contrastRatio(color(outline), MAP_LAND())).toBeGreaterThanOrEqual(3);
  });
});

describe('the practice colours for colour-blind readers', () => {
  const practices = Object.entries(PRACTICE_COLORS).map(([name, hex]) => [name, color(hex)] as const);
  const pairs = practices.flatMap((a, i) => practices.slice(i + 1).map((b) => [a, b] as const));

  it.each(['protanopia', 'deuteranopia', 'tritanopia'] as const)('stay clearly apart with %s (CIEDE2000 ≥ 10 for every pair)', (vision) => {
    const distances = pairs.map(([[n1, c1], [n2, c2]]) => ({
      pair: `${n1}/${n2}`,
      dE: Math.round(deltaE2000(simulateColorVision(c1, vision), simulateColorVision(c2, vision)) * 10) / 10,
    }));
    expect(distances.filter((d) => d.dE < 10)).toEqual([]);
  });

  it('are far apart for everyone else (CIEDE2000 ≥ 30)', () => {
    expect(Math.min(...pairs.map(([[, c1], [, c2]]) => deltaE2000(c1, c2)))).toBeGreaterThanOrEqual(30);
  });
});
