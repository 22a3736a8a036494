/**
 * The keyboard on the map page: every control shows where the focus is (a ring of 3:1 at least
 * against what lies behind it, WCAG 2.4.7 and 2.4.11, read from the computed styles and measured
 * on screen for the view switch), the layers and the zoom are a few Tabs away (a skip link
 * « Aller aux calques »), and the markers are one tab stop, the arrow keys going from one to the
 * next in reading order (north to south, west to east), each keeping its spoken name.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from '../shared/color-contrast';
import { readingOrder } from '../features/map/marker-order';
import { launchBrowser, openApp, screenshot, waitForMapReady } from '../../tests/helpers/browser';
import { decodePng } from '../../tests/helpers/png';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Ring {
  what: string;
  style: string;
  width: number;
  color: string;
  /** The colour the ring is drawn over: the control's own fill (ring inside) or what lies beside it. */
  behind: string;
  focusVisible: boolean;
}

/** The focused control's ring, as computed, and the colour under it. */
function focusRing(page: Page): Promise<Ring | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const width = parseFloat(cs.outlineWidth) || 0;
    const offset = parseFloat(cs.outlineOffset) || 0;
    const r = el.getBoundingClientRect();
    const fill = (start: Element | null): string => {
      for (let node = start; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    let behind: string;
    if (offset < 0) behind = fill(el);
    else {
      // Beside the control, in the middle of the ring's band: the first painted box there.
      const d = offset + width / 2;
      const x = r.left + r.width / 2;
      const y = r.top - d >= 0 ? r.top - d : r.bottom + d;
      const under = document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e) && !e.contains(el));
      behind = fill(under ?? el.parentElement);
    }
    return {
      what: `${el.tagName.toLowerCase()}.${el.className.toString().split(' ')[0] ?? ''} « ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)} »`,
      style: cs.outlineStyle,
      width,
      color: cs.outlineColor,
      behind,
      focusVisible: el.matches(':focus-visible'),
    };
  });
}

function ratio(a: string, b: string): number {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) throw new Error(`unreadable colour ${a} or ${b}`);
  return contrastRatio(ca, cb);
}

/**
 * The ring as drawn: the pixels around the control that change, by 3:1 at least, between the
 * focused and the unfocused control, counted against its perimeter.
 */
async function drawnRing(page: Page, selector: string): Promise<{ changed: number; perimeter: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  const clip = { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 };
  const focused = decodePng(await page.screenshot({ clip }));
  await page.locator(selector).evaluate((el: HTMLElement) => el.blur());
  const plain = decodePng(await page.screenshot({ clip }));
  let changed = 0;
  for (let i = 0; i < focused.data.length; i += 4) {
    const a = { r: focused.data[i] ?? 0, g: focused.data[i + 1] ?? 0, b: focused.data[i + 2] ?? 0 };
    const b = { r: plain.data[i] ?? 0, g: plain.data[i + 1] ?? 0, b: plain.data[i + 2] ?? 0 };
    if (contrastRatio(a, b) >= 3) changed += 1;
  }
  return { changed, perimeter: 2 * (box.width + box.height) };
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
  });

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
])('the keyboard on a %s', (device, viewport) => {
  it('every control reached by Tab shows a ring of 3:1 at least against what is behind it', async () => {
    const { page, errors } = await openApp(browser, { viewport });
    await waitForMapReady(page);
    const rings: Ring[] = [];
    for (let i = 0; i < 70; i += 1) {
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      if (ring) rings.push(ring);
    }
    expect(rings.length).toBeGreaterThan(30);
    const weak = rings
      .filter((r) => !r.focusVisible || r.style === 'none' || r.width < 2 || ratio(r.color, r.behind) < 3)
      .map((r) => `${r.what}: ${r.style} ${r.width}px ${r.color} on ${r.behind}`);
    expect(weak).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the Carte / Liste / Écosystème switch shows a ring drawn around each button, pressed or not', async () => {
    const { page, errors } = await openApp(browser, { viewport });
    await waitForMapReady(page);
    const buttons = page.locator('.view-switch button');
    for (let i = 0; i < 3; i += 1) {
      // Reached from the keyboard, so that the ring is the keyboard's (:focus-visible).
      await page.keyboard.press('Tab');
      await buttons.nth(i).focus();
      expect(await buttons.nth(i).evaluate((el) => el.matches(':focus-visible'))).toBe(true);
      if (i === 0) await screenshot(page, `focus-view-switch-${device}`);
      const { changed, perimeter } = await drawnRing(page, `.view-switch button:nth-child(${i + 1})`);
      expect(changed, `button ${i + 1}`).toBeGreaterThanOrEqual(perimeter);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('« Aller aux calques » leads to the layers in three Tabs, the zoom a few Shift+Tabs back', async () => {
    const { page, errors } = await openApp(browser, { viewport });
    await waitForMapReady(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Aller aux calques');
    await screenshot(page, `skip-to-layers-${device}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('calques');
    expect(await page.locator('#calques').getAttribute('aria-expanded')).toBe('false');
    // The layers' button is in the window.
    const box = await page.locator('#calques').boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width).toBe(true);
    let back = 0;
    while (back < 10 && (await focusedLabel(page)) !== 'Dézoomer') {
      await page.keyboard.press('Shift+Tab');
      back += 1;
    }
    expect(await focusedLabel(page)).toBe('Dézoomer');
    expect(back).toBeLessThanOrEqual(8);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the markers are one tab stop: from the map to the layers in a few Tabs, however many markers', async () => {
    const { page, errors } = await openApp(browser, { viewport, path: '?map=6.3/46.6/2.4' });
    await waitForMapReady(page);
    const markers = page.locator('.atlas-marker');
    await expect.poll(() => markers.count()).toBeGreaterThan(15);
    await page.locator('#carte').focus();
    const visited: string[] = [];
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'calques'; i += 1) {
      await page.keyboard.press('Tab');
      visited.push(await focusedLabel(page));
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calques');
    expect(visited.length).toBeLessThanOrEqual(12);
    // One marker among them, then the zoom.
    const markerStops = visited.filter((label) => /^Groupe de|–/.test(label));
    expect(markerStops.length).toBe(1);
    expect(visited).toContain('Zoomer');
    expect(await page.locator('.atlas-marker[tabindex="0"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the arrow keys go through the markers in view north to south, west to east, each with its name', async () => {
    const { page, errors } = await openApp(browser, { viewport, path: '?map=6.3/46.6/2.4' });
    await waitForMapReady(page);
    await expect.poll(() => page.locator('.atlas-marker').count()).toBeGreaterThan(15);
    await page.waitForTimeout(500);
    // The markers inside the map's box, their centres relative to it, and their spoken names.
    const inView = await page.evaluate(() => {
      const map = document.querySelector('.maplibregl-canvas-container')?.parentElement?.getBoundingClientRect();
      if (!map) return [];
      return [...document.querySelectorAll<HTMLElement>('.atlas-marker')]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.left + r.width / 2 - map.left, y: r.top + r.height / 2 - map.top, label: el.getAttribute('aria-label') ?? '' };
        })
        .filter((m) => m.x >= 0 && m.y >= 0 && m.x <= map.width && m.y <= map.height);
    });
    expect(inView.length).toBeGreaterThan(5);
    const expected = readingOrder(inView).map((i) => inView[i]?.label);
    await page.locator('.atlas-marker[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    const spoken = [await focusedLabel(page)];
    for (let i = 1; i < inView.length; i += 1) {
      await page.keyboard.press('ArrowRight');
      spoken.push(await focusedLabel(page));
    }
    expect(spoken).toEqual(expected);
    expect(spoken.every((label) => label.length > 3)).toBe(true);
    // The first is in the north, the last in the south.
    const first = inView.find((m) => m.label === spoken[0]);
    const last = inView.find((m) => m.label === spoken.at(-1));
    expect(first && last && first.y < last.y).toBe(true);
    await screenshot(page, `markers-last-focused-${device}`);
    // The arrows did not move the map: the same markers are still there.
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel(page)).toBe(spoken.at(-2));
    await page.keyboard.press('Home');
    expect(await focusedLabel(page)).toBe(spoken[0]);
    await page.keyboard.press('End');
    expect(await focusedLabel(page)).toBe(spoken.at(-1));
    expect(await page.locator('.atlas-marker[tabindex="0"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
