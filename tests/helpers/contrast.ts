/**
 * Contrast as it is drawn (WCAG 2.1, 1.4.3 and 1.4.11), where axe can only say "needs review":
 * text over the map, over gradients, over translucent panels, and text drawn in a canvas.
 *
 * DOM text: the text colour is read from the element (its alpha times the opacity of its
 * ancestors); the background is read from a screenshot of the page taken with every text made
 * transparent, inside each line box of the text (whole pixels only). Canvas text (the ecosystem
 * graph's labels): the labels' `fillText` calls are recorded by an init script; each label's
 * glyphs are drawn again off screen to know which pixels they cover, and the background is every
 * other pixel of its box. The worst pixel decides: a text passes only if it stands out from every
 * pixel behind it. Screenshots are decoded inside the page with a 2D canvas.
 */
import type { Page } from 'playwright-core';
import { contrastRatio, over, parseColor, type Rgb, type Rgba } from '../../src/shared/color-contrast';
import { decodePng, type Pixels } from './png';

/** Text of at least 24 px, or 18.66 px bold (WCAG "large scale"), needs 3:1; other text 4.5:1. */
export const NORMAL_TEXT = 4.5;
export const LARGE_TEXT = 3;
/** Graphical objects and the boundaries of controls (1.4.11). */
export const NON_TEXT = 3;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One text as measured. */
export interface TextContrast {
  kind: string;
  text: string;
  /** Where it is: the element's tag and classes. */
  where: string;
  color: string;
  large: boolean;
  required: number;
  ratio: number;
  /** The background pixel that gave the worst ratio. */
  worstBackground: string;
}

/** Kinds of text: a name and the CSS selector of the part of the page that holds them (first match wins). */
export type Kinds = readonly (readonly [name: string, selector: string])[];

interface PixelCount {
  rgb: [number, number, number];
  n: number;
}

interface RawText {
  kind: string;
  text: string;
  where: string;
  color: string;
  opacity: number;
  fontSize: number;
  fontWeight: number;
  boxes: Box[];
}

const hex = ({ r, g, b }: Rgb) => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

export function isLarge(fontSize: number, fontWeight: number): boolean {
  return fontSize >= 24 || (fontSize >= 18.66 && fontWeight >= 700);
}

/** The worst ratio of a colour (with its alpha) against each background pixel. */
export function worstAgainst(color: Rgba, pixels: readonly PixelCount[]): { ratio: number; background: string } {
  let worst = { ratio: 21, background: '' };
  for (const { rgb } of pixels) {
    const background = { r: rgb[0], g: rgb[1], b: rgb[2] };
    const ratio = contrastRatio(over(color, background), background);
    if (ratio < worst.ratio) worst = { ratio, background: hex(background) };
  }
  return worst;
}

function toContrast(raw: RawText, pixels: readonly PixelCount[]): TextContrast | undefined {
  const parsed = parseColor(raw.color);
  if (!parsed || pixels.length === 0) return undefined;
  const color = { ...parsed, a: parsed.a * raw.opacity };
  const large = isLarge(raw.fontSize, raw.fontWeight);
  const worst = worstAgainst(color, pixels);
  return {
    kind: raw.kind,
    text: raw.text,
    where: raw.where,
    color: raw.color,
    large,
    required: large ? LARGE_TEXT : NORMAL_TEXT,
    ratio: Math.round(worst.ratio * 100) / 100,
    worstBackground: worst.background,
  };
}

/**
 * Every text node visible in the viewport, with its line boxes clipped to what shows (the
 * viewport, scrolling ancestors) and left out where another element covers it; the value or the
 * placeholder of text fields and the chosen option of selects.
 */
async function collectTexts(page: Page, kinds: Kinds): Promise<RawText[]> {
  return page.evaluate((kinds) => {
    const viewport = { x: 0, y: 0, w: innerWidth, h: innerHeight };
    const intersect = (a: Box, b: Box): Box => {
      const x = Math.max(a.x, b.x);
      const y = Math.max(a.y, b.y);
      return { x, y, w: Math.min(a.x + a.w, b.x + b.w) - x, h: Math.min(a.y + a.h, b.y + b.h) - y };
    };
    const clipped = (el: Element, rect: Box): Box => {
      let box = intersect(rect, viewport);
      // The element's own overflow clips its text too (visually hidden text: 1 px, overflow hidden).
      for (let p: Element | null = el; p && box.w > 0 && box.h > 0; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = p.getBoundingClientRect();
        box = intersect(box, { x: r.x + p.clientLeft, y: r.y + p.clientTop, w: p.clientWidth, h: p.clientHeight });
      }
      return box;
    };
    // Hit-testing sees every element, those the pointer passes through too (tooltips).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { pointer-events: auto !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const uncovered = (el: Element, box: Box) =>
      [
        [0.5, 0.5],
        [0.15, 0.25],
        [0.85, 0.25],
        [0.15, 0.75],
        [0.85, 0.75],
      ].every(([fx = 0, fy = 0]) => {
        const hit = document.elementFromPoint(box.x + box.w * fx, box.y + box.h * fy);
        return hit !== null && (el.contains(hit) || hit.contains(el));
      });
    const opacityOf = (el: Element) => {
      let opacity = 1;
      for (let p: Element | null = el; p; p = p.parentElement) opacity *= Number(getComputedStyle(p).opacity);
      return opacity;
    };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const kindOf = (el: Element) => kinds.find(([, selector]) => el.closest(selector))?.[0] ?? 'autre';
    const round = (r: DOMRect): Box => ({ x: r.x, y: r.y, w: r.width, h: r.height });
    const out: RawText[] = [];
    const push = (el: Element, text: string, color: string, rects: Box[]) => {
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible') return;
      const boxes = rects.map((r) => clipped(el, r)).filter((b) => b.w >= 2 && b.h >= 4 && uncovered(el, b));
      if (boxes.length === 0) return;
      out.push({
        kind: kindOf(el),
        text: text.replace(/\s+/g, ' ').trim().slice(0, 60),
        where: describe(el),
        color,
        opacity: opacityOf(el),
        fontSize: Number.parseFloat(style.fontSize),
        fontWeight: Number(style.fontWeight),
        boxes,
      });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent ?? '';
      if (!el || !text.trim() || el.closest('option, script, style, noscript, template, svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      push(el, text, getComputedStyle(el).color, [...range.getClientRects()].map(round));
    }
    const fields = document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      'input:not([type="checkbox"], [type="radio"], [type="hidden"], [type="range"]), select',
    );
    for (const field of fields) {
      const style = getComputedStyle(field);
      const r = field.getBoundingClientRect();
      const left = field.clientLeft + Number.parseFloat(style.paddingLeft);
      const top = field.clientTop + Number.parseFloat(style.paddingTop);
      const content = {
        x: r.x + left,
        y: r.y + top,
        w: field.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight),
        h: field.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom),
      };
      if (field instanceof HTMLSelectElement) {
        push(field, field.selectedOptions[0]?.textContent ?? '', style.color, [content]);
      } else if (field.value) {
        push(field, field.value, style.color, [content]);
      } else if (field.placeholder) {
        push(field, field.placeholder, getComputedStyle(field, '::placeholder').color, [content]);
      }
    }
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    return out;
  }, kinds);
}

/** Runs `between` with the page's texts made transparent (text shadows stay: they are backgrounds). */
async function withoutText<T>(page: Page, between: () => Promise<T>): Promise<T> {
  await page.evaluate(async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '*, *::before, *::after, ::placeholder { color: transparent !important; -webkit-text-fill-color: transparent !important; caret-color: transparent !important; transition: none !important; }',
    );
    (window as unknown as { __noText: CSSStyleSheet }).__noText = sheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  try {
    return await between();
  } finally {
    await page.evaluate(() => {
      const sheet = (window as unknown as { __noText?: CSSStyleSheet }).__noText;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  }
}

/**
 * The colours (and how many pixels of each) of a screenshot of the viewport inside each group
 * of boxes; `masks` leaves out, per group, the pixels a glyph covers (1 for "leave out").
 */
function pixelsIn(png: Buffer, groups: Box[][], masks?: (number[] | null)[]): PixelCount[][] {
  const { data, width, height } = decodePng(png);
  return groups.map((boxes, g) => {
    const counts = new Map<number, number>();
    const mask = masks?.[g] ?? null;
    for (const box of boxes) {
      const bx = Math.ceil(box.x);
      const by = Math.ceil(box.y);
      const bw = Math.floor(box.x + box.w) - bx;
      const x0 = Math.max(0, bx);
      const y0 = Math.max(0, by);
      const x1 = Math.min(width, bx + bw);
      const y1 = Math.min(height, Math.floor(box.y + box.h));
      for (let y = y0; y < y1; y += 1) {
        for (let x = x0; x < x1; x += 1) {
          if (mask && mask[(y - by) * bw + (x - bx)]) continue;
          const i = (y * width + x) * 4;
          const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    return [...counts].map(([key, n]) => ({ rgb: [key >> 16, (key >> 8) & 255, key & 255] as [number, number, number], n }));
  });
}

/** The contrast of every text visible in the viewport, against the pixels drawn behind it. */
export async function measureTexts(page: Page, kinds: Kinds): Promise<TextContrast[]> {
  const texts = await collectTexts(page, kinds);
  const png = await withoutText(page, () => page.screenshot());
  const pixels = pixelsIn(
    png,
    texts.map((t) => t.boxes),
  );
  return texts.flatMap((raw, i) => toContrast(raw, pixels[i] ?? []) ?? []);
}

/** Add before the page loads: records the text drawn on canvases of the given class (the latest frame). */
export async function recordCanvasText(page: Page, canvasClass: string): Promise<void> {
  await page.addInitScript((canvasClass) => {
    interface Drawn {
      text: string;
      x: number;
      y: number;
      font: string;
      color: string;
      alpha: number;
      align: string;
      baseline: string;
    }
    const drawn = new Map<HTMLCanvasElement, Drawn[]>();
    (window as unknown as { __canvasText: typeof drawn }).__canvasText = drawn;
    const proto = CanvasRenderingContext2D.prototype;
    const { fillText, clearRect } = proto;
    proto.clearRect = function (this: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
      const canvas = this.canvas;
      if (canvas instanceof HTMLCanvasElement && canvas.classList.contains(canvasClass) && w >= canvas.width / 2) drawn.set(canvas, []);
      return clearRect.call(this, x, y, w, h);
    };
    proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
      const canvas = this.canvas;
      if (canvas instanceof HTMLCanvasElement && canvas.classList.contains(canvasClass)) {
        const m = this.getTransform();
        const list = drawn.get(canvas) ?? [];
        list.push({
          text,
          x: m.a * x + m.c * y + m.e,
          y: m.b * x + m.d * y + m.f,
          font: this.font,
          color: String(this.fillStyle),
          alpha: this.globalAlpha,
          align: this.textAlign,
          baseline: this.textBaseline,
        });
        drawn.set(canvas, list);
      }
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
  }, canvasClass);
}

/**
 * The contrast of the texts last drawn on the recorded canvases (see `recordCanvasText`), each
 * against the pixels of its box that its own glyphs do not cover (one pixel around them left out
 * for their antialiasing). Where a label drawn later covers part of an earlier one, that part is
 * the later label's, not the earlier one's.
 */
export async function measureCanvasTexts(page: Page, kind: string): Promise<TextContrast[]> {
  const labels = await page.evaluate(() => {
    const drawn = (
      window as unknown as {
        __canvasText?: Map<
          HTMLCanvasElement,
          {
            text: string;
            x: number;
            y: number;
            font: string;
            color: string;
            alpha: number;
            align: CanvasTextAlign;
            baseline: CanvasTextBaseline;
          }[]
        >;
      }
    ).__canvasText;
    const out: { text: string; color: string; alpha: number; font: string; box: Box; mask: number[] }[] = [];
    const scratch = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!drawn || !scratch) return out;
    for (const [canvas, list] of drawn) {
      if (!canvas.isConnected) continue;
      const frame = canvas.getBoundingClientRect();
      const scale = frame.width / canvas.width;
      for (const label of list) {
        scratch.font = label.font;
        scratch.textAlign = label.align;
        scratch.textBaseline = label.baseline;
        const m = scratch.measureText(label.text);
        const left = Math.floor(frame.x + (label.x - m.actualBoundingBoxLeft) * scale) - 2;
        const top = Math.floor(frame.y + (label.y - m.actualBoundingBoxAscent) * scale) - 2;
        const right = Math.ceil(frame.x + (label.x + m.actualBoundingBoxRight) * scale) + 2;
        const bottom = Math.ceil(frame.y + (label.y + m.actualBoundingBoxDescent) * scale) + 2;
        out.push({
          text: label.text,
          color: label.color,
          alpha: label.alpha,
          font: label.font,
          box: { x: left, y: top, w: right - left, h: bottom - top },
          mask: [],
        });
        // The glyphs drawn again at the same place on a scratch canvas of the box's size.
        scratch.canvas.width = right - left;
        scratch.canvas.height = bottom - top;
        scratch.font = label.font;
        scratch.textAlign = label.align;
        scratch.textBaseline = label.baseline;
        scratch.setTransform(scale, 0, 0, scale, frame.x - left, frame.y - top);
        scratch.fillStyle = '#000';
        scratch.fillText(label.text, label.x, label.y);
        const { data } = scratch.getImageData(0, 0, right - left, bottom - top);
        const w = right - left;
        const h = bottom - top;
        const ink = (x: number, y: number) => x >= 0 && y >= 0 && x < w && y < h && (data[(y * w + x) * 4 + 3] ?? 0) > 0;
        const mask: number[] = new Array(w * h).fill(0);
        for (let y = 0; y < h; y += 1) {
          for (let x = 0; x < w; x += 1) {
            let near = false;
            for (let dy = -1; dy <= 1 && !near; dy += 1) for (let dx = -1; dx <= 1 && !near; dx += 1) near = ink(x + dx, y + dy);
            mask[y * w + x] = near ? 1 : 0;
          }
        }
        // What lies outside the canvas is not behind the label: the canvas clips its drawing.
        for (let y = 0; y < h; y += 1) {
          for (let x = 0; x < w; x += 1) {
            const px = left + x;
            const py = top + y;
            if (px < frame.left || px >= frame.right || py < frame.top || py >= frame.bottom) mask[y * w + x] = 1;
          }
        }
        const last = out[out.length - 1];
        if (last) last.mask = mask;
      }
    }
    // A later label covers the earlier ones where their boxes meet.
    for (let i = 0; i < out.length; i += 1) {
      const a = out[i];
      if (!a) continue;
      for (const b of out.slice(i + 1)) {
        for (let y = Math.max(a.box.y, b.box.y); y < Math.min(a.box.y + a.box.h, b.box.y + b.box.h); y += 1) {
          for (let x = Math.max(a.box.x, b.box.x); x < Math.min(a.box.x + a.box.w, b.box.x + b.box.w); x += 1) {
            a.mask[(y - a.box.y) * a.box.w + (x - a.box.x)] = 1;
          }
        }
      }
    }
    return out;
  });
  const png = await page.screenshot();
  const pixels = pixelsIn(
    png,
    labels.map((l) => [l.box]),
    labels.map((l) => l.mask),
  );
  return labels.flatMap((label, i) => {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(label.font)?.[1] ?? 0);
    const weight = /\bbold\b|\b[7-9]00\b/.test(label.font) ? 700 : 400;
    const raw: RawText = {
      kind,
      text: label.text,
      where: 'canvas',
      color: label.color,
      opacity: label.alpha,
      fontSize: size,
      fontWeight: weight,
      boxes: [label.box],
    };
    return toContrast(raw, pixels[i] ?? []) ?? [];
  });
}

/** Per kind: how many texts, the worst ratio, which text gave it and on which background. */
export interface KindSummary {
  count: number;
  worst: number;
  text: string;
  on: string;
  large: boolean;
}

export function worstByKind(measures: readonly TextContrast[]): Record<string, KindSummary> {
  const out: Record<string, KindSummary> = {};
  for (const m of measures) {
    const current = out[m.kind];
    if (current) current.count += 1;
    if (!current || m.ratio < current.worst) {
      out[m.kind] = { count: current?.count ?? 1, worst: m.ratio, text: m.text, on: m.worstBackground, large: m.large };
    }
  }
  return out;
}

/** The texts under their required ratio, one readable line each. */
export function failures(measures: readonly TextContrast[]): string[] {
  return measures
    .filter((m) => m.ratio < m.required)
    .map((m) => `${m.kind} « ${m.text} » (${m.where}, ${m.color}) : ${m.ratio} sur ${m.worstBackground} < ${m.required}`);
}

/** One graphical object or control boundary as measured (1.4.11). */
export interface EdgeContrast {
  kind: string;
  where: string;
  /** The colours of the object's edge. */
  edge: string[];
  ratio: number;
  /** The surrounding colour that gave the worst ratio. */
  worstBackground: string;
}

interface RawEdge {
  kind: string;
  where: string;
  edge: string[];
  /** The object's box: its surroundings are a band just outside it. */
  box: Box;
}

/** The colours around a box: a band `from`–`to` px outside it; the colours of at least `share` of the band. */
function bandAround(box: Box, from: number, to: number): Box[] {
  const outer = { x: box.x - to, y: box.y - to, w: box.w + 2 * to, h: box.h + 2 * to };
  const inner = { x: box.x - from, y: box.y - from, w: box.w + 2 * from, h: box.h + 2 * from };
  return [
    { x: outer.x, y: outer.y, w: outer.w, h: inner.y - outer.y },
    { x: outer.x, y: inner.y + inner.h, w: outer.w, h: outer.y + outer.h - (inner.y + inner.h) },
    { x: outer.x, y: inner.y, w: inner.x - outer.x, h: inner.h },
    { x: inner.x + inner.w, y: inner.y, w: outer.x + outer.w - (inner.x + inner.w), h: inner.h },
  ];
}

/** Either edge colour may stand out, pixel by pixel (a dark mark with a light halo). */
function toEdge(raw: RawEdge, pixels: readonly PixelCount[], share: number): EdgeContrast {
  const total = pixels.reduce((sum, p) => sum + p.n, 0);
  const around = pixels.filter((p) => p.n >= total * share);
  const colors = raw.edge.flatMap((edge) => parseColor(edge) ?? []);
  let worst = { ratio: colors.length > 0 && around.length > 0 ? 21 : 0, background: '' };
  for (const pixel of around) {
    const ratio = Math.max(...colors.map((color) => worstAgainst(color, [pixel]).ratio));
    if (ratio < worst.ratio) worst = { ratio, background: hex({ r: pixel.rgb[0], g: pixel.rgb[1], b: pixel.rgb[2] }) };
  }
  return {
    kind: raw.kind,
    where: raw.where,
    edge: raw.edge,
    ratio: Math.round(worst.ratio * 100) / 100,
    worstBackground: worst.background,
  };
}

/**
 * The map's markers against the map around them, from their pixels: a marker's footprint is where
 * the page differs from the same page with the markers hidden; every map pixel just outside it
 * (within 1 px) must differ by 3:1 from one of the marker's pixels within 3 px of it (its edge: an
 * outline, a halo, or the ring itself). Map pixels of a colour that fills less than a tenth of the
 * marker's surroundings are left out: thin borders and the letters of the basemap's labels are
 * not what a marker stands on.
 */
export async function measureMarkerEdges(page: Page): Promise<EdgeContrast[]> {
  const markers = await page.evaluate(() => {
    const out: { kind: string; where: string; box: Box }[] = [];
    // Hit-testing sees the tooltips too, which lie over the markers.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { pointer-events: auto !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    for (const marker of document.querySelectorAll<HTMLElement>('.atlas-marker')) {
      const r = marker.querySelector('svg')?.getBoundingClientRect();
      if (!r || r.width === 0 || r.left < 4 || r.top < 4 || r.right > innerWidth - 4 || r.bottom > innerHeight - 4) continue;
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      if (!hit || !marker.contains(hit)) continue;
      out.push({
        kind: marker.classList.contains('atlas-cluster') ? 'bord des groupes' : 'contour des fiches',
        where: marker.getAttribute('aria-label')?.slice(0, 60) ?? '',
        box: { x: Math.floor(r.x) - 4, y: Math.floor(r.y) - 4, w: Math.ceil(r.width) + 8, h: Math.ceil(r.height) + 8 },
      });
    }
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    return out;
  });
  const shown = await page.screenshot();
  const hidden = await withHidden(page, '.maplibregl-marker', () => page.screenshot());
  const a = decodePng(shown);
  const h = decodePng(hidden);
  const boxes = markers.map((m) => m.box);
  const pairs = (() => {
    const at = (img: Pixels, x: number, y: number) => {
      const i = (y * img.width + x) * 4;
      return [img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0] as const;
    };
    const key = (c: readonly number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    return boxes.map((box) => {
      const inside = (x: number, y: number) => {
        const p = at(a, x, y);
        const q = at(h, x, y);
        return Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]) > 24;
      };
      const footprint: boolean[] = [];
      for (let y = 0; y < box.h; y += 1) for (let x = 0; x < box.w; x += 1) footprint.push(inside(box.x + x, box.y + y));
      const isIn = (x: number, y: number) => x >= 0 && y >= 0 && x < box.w && y < box.h && footprint[y * box.w + x] === true;
      const near = (x: number, y: number, d: number) => {
        const found: string[] = [];
        for (let dy = -d; dy <= d; dy += 1) {
          for (let dx = -d; dx <= d; dx += 1) if (isIn(x + dx, y + dy)) found.push(key(at(a, box.x + x + dx, box.y + y + dy)));
        }
        return found;
      };
      const around = new Map<string, number>();
      const edge = new Map<string, Set<string>>();
      for (let y = 0; y < box.h; y += 1) {
        for (let x = 0; x < box.w; x += 1) {
          if (isIn(x, y) || near(x, y, 1).length === 0) continue;
          const map = key(at(h, box.x + x, box.y + y));
          around.set(map, (around.get(map) ?? 0) + 1);
          const set = edge.get(map) ?? new Set<string>();
          for (const c of near(x, y, 3)) set.add(c);
          edge.set(map, set);
        }
      }
      const total = [...around.values()].reduce((sum, n) => sum + n, 0);
      return [...edge].filter(([map]) => (around.get(map) ?? 0) >= total * 0.1).map(([map, colors]) => ({ map, marker: [...colors] }));
    });
  })();
  // A marker with no map around it in sight (covered by a neighbour) is left out.
  return markers.flatMap((m, i) => {
    if ((pairs[i] ?? []).length === 0) return [];
    let worst = { ratio: 21, background: '', edge: [] as string[] };
    for (const { map, marker } of pairs[i] ?? []) {
      const background = parseColor(map);
      if (!background) continue;
      const best = Math.max(...marker.flatMap((c) => parseColor(c) ?? []).map((c) => contrastRatio(c, background)));
      if (best < worst.ratio) worst = { ratio: best, background: map, edge: marker };
    }
    const edge = worst.edge.slice(0, 6);
    return [{ kind: m.kind, where: m.where, edge, ratio: Math.round(worst.ratio * 100) / 100, worstBackground: worst.background }];
  });
}

/**
 * Small graphical keys against what surrounds them: each `svg` or element matched by `selector`
 * (a legend's swatches, the France mark on the fragility scale), its edge (the stroke and the fill
 * of its first stroked shape, or else its border and its background, either of which may stand
 * out), against every colour of a 1–3 px band around it. Only the keys that show whole with their
 * band are measured: one scrolled out of its panel, or covered at its centre, is left out (scroll
 * it into view to measure it).
 */
export async function measureKeys(page: Page, kind: string, selector: string): Promise<EdgeContrast[]> {
  const keys = await page.evaluate(
    ({ kind, selector }) => {
      // Hit-testing sees every element, those the pointer passes through too (tooltips).
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('*, *::before, *::after { pointer-events: auto !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const found = [...document.querySelectorAll<Element>(selector)].flatMap((el): RawEdge[] => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return [];
        const band = { left: r.left - 3, top: r.top - 3, right: r.right + 3, bottom: r.bottom + 3 };
        const inside = (box: { left: number; top: number; right: number; bottom: number }) =>
          band.left >= box.left && band.top >= box.top && band.right <= box.right && band.bottom <= box.bottom;
        if (!inside({ left: 0, top: 0, right: innerWidth, bottom: innerHeight })) return [];
        for (let p = el.parentElement; p; p = p.parentElement) {
          const style = getComputedStyle(p);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const c = p.getBoundingClientRect();
          const left = c.left + p.clientLeft;
          const top = c.top + p.clientTop;
          if (!inside({ left, top, right: left + p.clientWidth, bottom: top + p.clientHeight })) return [];
        }
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const host = el.closest('li, p, div') ?? el;
        if (!hit || !(host.contains(hit) || hit.contains(el))) return [];
        const shape = [...el.querySelectorAll('circle, path, rect')].find((s) => getComputedStyle(s).stroke !== 'none');
        const style = getComputedStyle(el);
        const edge = shape
          ? [getComputedStyle(shape).stroke, getComputedStyle(shape).fill]
          : [style.borderLeftColor, style.backgroundColor];
        return [
          {
            kind,
            where: (el.parentElement?.textContent ?? '').trim().slice(0, 60),
            edge,
            box: { x: r.x, y: r.y, w: r.width, h: r.height },
          },
        ];
      });
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      return found;
    },
    { kind, selector },
  );
  const png = await page.screenshot();
  const pixels = pixelsIn(
    png,
    keys.map((k) => bandAround(k.box, 1, 3)),
  );
  return keys.map((k, i) => toEdge(k, pixels[i] ?? [], 0));
}

async function withHidden<T>(page: Page, selector: string, between: () => Promise<T>): Promise<T> {
  await page.evaluate(async (selector) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${selector} { visibility: hidden !important; }`);
    (window as unknown as { __hidden: CSSStyleSheet }).__hidden = sheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, selector);
  try {
    return await between();
  } finally {
    await page.evaluate(() => {
      const sheet = (window as unknown as { __hidden?: CSSStyleSheet }).__hidden;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  }
}

/** The objects under 3:1, one readable line each. */
export function edgeFailures(measures: readonly EdgeContrast[]): string[] {
  return measures
    .filter((m) => m.ratio < NON_TEXT)
    .map((m) => `${m.kind} « ${m.where} » (${m.edge.join(', ')}) : ${m.ratio} sur ${m.worstBackground} < ${NON_TEXT}`);
}
