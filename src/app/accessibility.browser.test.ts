/**
 * Accessibility of the main views (RGAA / WCAG 2.1 AA): axe-core finds no serious or critical
 * violation on the map, the list, an actor's panel, the filters and the phone layout; the focus is
 * visible on every control reached with Tab; asking the system for less motion turns the map's
 * camera moves into jumps and stops CSS animations.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../../tests/helpers/axe';
import { launchBrowser, openApp, screenshot, waitForMapReady } from '../../tests/helpers/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 375, height: 740 };

describe('axe on the main views', () => {
  it('fails, naming the rule and the element, when the page has a serious violation', async () => {
    const { page } = await openApp(browser);
    await page.locator('header h1').waitFor();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'sans-nom';
      const pale = document.createElement('p');
      pale.id = 'texte-pale';
      pale.textContent = 'Texte trop pâle';
      pale.style.color = '#c8c8c8';
      pale.style.background = '#ffffff';
      document.querySelector('main')?.append(button, pale);
    });
    const failure = await expectNoSeriousViolations(page, 'self-check').then(
      () => '',
      (error: unknown) => String(error),
    );
    expect(failure).toContain('button-name (critical)');
    expect(failure).toContain('#sans-nom');
    expect(failure).toContain('color-contrast (serious)');
    expect(failure).toContain('#texte-pale');
    await page.context().close();
  });

  it('finds nothing serious on the map', async () => {
    const { page } = await openApp(browser);
    await waitForMapReady(page);
    await expectNoSeriousViolations(page, 'map');
    await page.context().close();
  });

  it('finds nothing serious on the list', async () => {
    const { page } = await openApp(browser, { path: '?view=list' });
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    await expectNoSeriousViolations(page, 'list');
    await page.context().close();
  });

  it('finds nothing serious in an actor’s panel', async () => {
    const { page } = await openApp(browser, { path: '?view=list&q=rameau' });
    await page.getByTestId('list-view').getByRole('button', { name: 'Le RAMEAU', exact: true }).click();
    await page.getByTestId('detail-panel').getByRole('heading', { name: 'Le RAMEAU' }).waitFor();
    await expectNoSeriousViolations(page, 'detail');
    await page.context().close();
  });

  it('finds nothing serious in the filters, unfolded and in use', async () => {
    const { page } = await openApp(browser);
    await waitForMapReady(page);
    await page.getByRole('checkbox', { name: /Dialogue territorial/ }).check();
    await page.getByRole('button', { name: 'Afficher plus', exact: true }).click();
    await page.locator('#filtres details.summary-details summary').click();
    await expectNoSeriousViolations(page, 'filters');
    await page.context().close();
  });

  it('finds nothing serious on a phone, map and filters', async () => {
    const { page } = await openApp(browser, { viewport: PHONE });
    await waitForMapReady(page);
    await expectNoSeriousViolations(page, 'phone-map');
    await page.locator('#filtres .panel-toggle').click();
    await page.getByRole('checkbox', { name: /Gestion d.un lieu/ }).waitFor();
    await expectNoSeriousViolations(page, 'phone-filters');
    await screenshot(page, 'a11y-phone-filters');
    await page.context().close();
  });

  it('finds nothing serious when the map cannot be shown (no WebGL)', async () => {
    const { page } = await openApp(browser, { prepare: disableWebGl });
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    await expectNoSeriousViolations(page, 'no-webgl');
    await page.context().close();
  });
});

/** The focus ring of the element that has the focus: its outline, or a box shadow standing for it. */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' ? Number.parseFloat(style.outlineWidth) : 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = el.getBoundingClientRect();
    const input = el as HTMLInputElement;
    const label = (el.getAttribute('aria-label') || input.labels?.[0]?.textContent || input.placeholder || el.textContent || '')
      .trim()
      .slice(0, 40);
    return {
      what: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} « ${label} »`,
      outline,
      outlineColor: style.outlineColor,
      shadow,
      visible: rect.width > 0 && rect.height > 0,
    };
  });
}

describe('the keyboard', () => {
  it('shows a focus ring of at least 2 px on every control of the header and the filters, in order', async () => {
    const { page } = await openApp(browser);
    await waitForMapReady(page);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const seen: string[] = [];
    const missing: string[] = [];
    // From the top of the page: skip links, header, then the filters.
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      if (!ring) continue;
      seen.push(ring.what);
      if (ring.visible && ring.outline < 2 && !ring.shadow) missing.push(`${ring.what} (outline ${ring.outline}px)`);
    }
    expect(missing).toEqual([]);
    // The walk went through the header's controls and into the filters.
    expect(seen.some((s) => s.startsWith('input') && s.includes('Rechercher'))).toBe(true);
    expect(seen.some((s) => s.startsWith('button') && s.includes('Liste'))).toBe(true);
    expect(seen.filter((s) => s.startsWith('input')).length).toBeGreaterThan(5);
    await page.keyboard.press('Shift+Tab');
    await screenshot(page, 'a11y-focus-filters');
    await page.context().close();
  });

  it('reaches every interactive element of the page from the keyboard', async () => {
    const { page } = await openApp(browser, { path: '?view=list' });
    await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
    // Interactive elements taken out of the tab order, other than the list's roving rows
    // (one row is tabbable, arrows move between them).
    const unreachable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [role="button"]')]
        .filter((el) => el.tabIndex < 0 && !el.closest('tbody') && !el.hasAttribute('disabled') && el.getClientRects().length > 0)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unreachable).toEqual([]);
    await page.context().close();
  });
});

describe('less motion when asked for', () => {
  /**
   * Milliseconds from a click on a territory to the camera written in the URL (at the move's end),
   * and the spinner's computed animation.
   */
  async function moveAndSpinner(reduce: boolean): Promise<{ elapsed: number; spinner: string }> {
    const { page } = await openApp(browser, {
      prepare: (p) => p.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' }),
    });
    await waitForMapReady(page);
    await page.getByRole('navigation', { name: 'Territoires' }).getByRole('button', { name: 'Guadeloupe' }).waitFor();
    const elapsed = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const nav = document.querySelector('nav.territory-switcher');
          const target = [...(nav?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Guadeloupe');
          const start = performance.now();
          const timer = setInterval(() => {
            if (new URLSearchParams(location.search).has('map')) {
              clearInterval(timer);
              done(performance.now() - start);
            }
          }, 5);
          target?.click();
        }),
    );
    const spinner = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.className = 'loading-spinner';
      document.body.append(probe);
      const style = getComputedStyle(probe);
      const value = `${style.animationName} ${style.animationDuration}`;
      probe.remove();
      return value;
    });
    await page.context().close();
    return { elapsed, spinner };
  }

  it('jumps the camera instead of flying it, and stops animations', async () => {
    const animated = await moveAndSpinner(false);
    const reduced = await moveAndSpinner(true);
    // MapLibre's fitBounds animates for 500 ms; a jump is written at once.
    expect(animated.elapsed).toBeGreaterThanOrEqual(450);
    expect(reduced.elapsed).toBeLessThan(animated.elapsed / 2);
    expect(animated.spinner).toBe('spin 0.9s');
    expect(['none 0.9s', 'none 0s', 'spin 0s']).toContain(reduced.spinner);
  });
});

async function disableWebGl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl')) return null;
      return (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof getContext;
  });
}
