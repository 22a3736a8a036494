/**
 * "Près de chez moi" as a person uses it: a commune typed in lower case and picked from the
 * suggestions, the radius drawn on the map, the nearest actors in order, a wider radius, a shared
 * postcode to choose from, a shared link, and the browser's position granted or refused. The
 * gazetteer must not be fetched before the search is used.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, launchBrowser, openApp, pixelStats, screenshot, waitForMapReady, type OpenedPage } from '../../../tests/helpers/browser';
import { runAxe } from '../../../tests/helpers/axe';

const PHONE = { width: 375, height: 740 };
/** The radius outline colour (src/map/layers/near.ts). */
const RADIUS_RED = '#b3261e';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** Records the data files the page asks for. */
function watchRequests(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => files.push(new URL(request.url()).pathname.split('/').pop() ?? ''));
  return files;
}

const placeBox = (page: Page) => page.getByRole('combobox', { name: 'Commune, code postal ou code INSEE' });
const summary = (page: Page) => page.getByTestId('near-summary');
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Communes proposées' }).getByRole('option');

/** Distances of the result list, in km, as shown ("12,3 km"). */
async function shownDistances(page: Page): Promise<number[]> {
  const texts = await page.getByTestId('near-list').locator('.near-item-km').allTextContents();
  return texts.map((text) =>
    Number(
      text
        .replace(/\s*km$/, '')
        .replace(/\s/g, '')
        .replace(',', '.'),
    ),
  );
}

async function shownNames(page: Page): Promise<string[]> {
  return page.getByTestId('near-list').locator('.near-item-name').allTextContents();
}

async function redShare(page: Page): Promise<number> {
  return (await pixelStats(page, '.map-view', { red: RADIUS_RED })).shares['red'] ?? 0;
}

function increasing(values: readonly number[]): boolean {
  return values.every((v, i) => i === 0 || (values[i - 1] ?? -Infinity) <= v);
}

describe('a commune typed, picked and searched around', () => {
  let opened: OpenedPage;
  let requests: string[];
  beforeAll(async () => {
    opened = await openApp(browser, {
      prepare: async (page) => {
        requests = watchRequests(page);
      },
    });
    await waitForMapReady(opened.page);
  });

  it('does not load the gazetteer with the page', async () => {
    expect(requests).toContain('actors.columns.json');
    expect(requests).not.toContain('gazetteer.json');
    expect(await redShare(opened.page)).toBeLessThan(0.0005);
  });

  it('suggests Poitiers for "poitiers", once the box is used', async () => {
    const { page } = opened;
    await placeBox(page).click();
    await placeBox(page).pressSequentially('poitiers', { delay: 20 });
    const option = suggestions(page).filter({ hasText: /^Poitiers \(86\)/ });
    await option.waitFor();
    expect(requests).toContain('gazetteer.json');
    expect(await option.textContent()).toContain('Vienne');
    expect(await placeBox(page).getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'near-suggestions');
    await option.click();
    await expect.poll(() => param(page, 'near')).toBe('86194');
    expect(await placeBox(page).inputValue()).toBe('Poitiers (86)');
  });

  it('draws the 25 km radius and lists the nearest, nearest first', async () => {
    const { page } = opened;
    await expect.poll(() => page.getByTestId('near-map-note').getAttribute('data-near-radius')).toBe('25');
    await expect.poll(() => redShare(page), { timeout: 10_000 }).toBeGreaterThan(0.002);
    await expect.poll(() => summary(page).textContent()).toMatch(/^1 fiche à moins de 25 km de Poitiers\./);
    expect(await summary(page).textContent()).toMatch(/réseaux nationaux interviennent partout/);
    // Silver Geek is placed at the chef-lieu of the Vienne, Poitiers: 0 km, approximate.
    expect(await shownNames(page)).toEqual(['Silver Geek']);
    expect(await shownDistances(page)).toEqual([0]);
    const first = page.getByTestId('near-list').getByRole('listitem').first();
    expect(await first.locator('.near-approx').textContent()).toMatch(/approx\..*position approximative/);
    // National networks are apart, not in the distances.
    const nationals = page.getByTestId('near-nationals');
    expect(await nationals.getByRole('heading').textContent()).toMatch(/^Réseaux nationaux qui interviennent partout \(\d+\)$/);
    expect(await nationals.getByRole('button', { name: 'Le RAMEAU', exact: true }).count()).toBe(0);
    await nationals.getByRole('button', { name: /Afficher les \d+ réseaux/ }).click();
    expect(await nationals.getByRole('button', { name: 'Le RAMEAU', exact: true }).count()).toBe(1);
    await page.waitForTimeout(1200);
    await screenshot(page, 'near-poitiers-25');
  });

  it('passes the WCAG 2.1 AA checks of axe, suggestions open', async () => {
    const { page } = opened;
    await placeBox(page).fill('');
    await placeBox(page).pressSequentially('poit', { delay: 20 });
    await suggestions(page).first().waitFor();
    const { violations } = await runAxe(page, { include: '[data-testid="near-panel"]' });
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
    await suggestions(page)
      .filter({ hasText: /^Poitiers \(86\)/ })
      .click();
    await expect.poll(() => placeBox(page).inputValue()).toBe('Poitiers (86)');
  });

  it('finds more within 50 km, still in order, and keeps it in the URL', async () => {
    const { page } = opened;
    await page.getByRole('radio', { name: '50 km' }).check();
    await expect.poll(() => param(page, 'radius')).toBe('50');
    await expect.poll(() => page.getByTestId('near-map-note').getAttribute('data-near-radius')).toBe('50');
    await expect.poll(() => shownDistances(page).then((d) => d.length)).toBeGreaterThan(1);
    const distances = await shownDistances(page);
    expect(increasing(distances)).toBe(true);
    expect(distances.every((d) => d <= 50)).toBe(true);
    expect((await shownNames(page))[0]).toBe('Silver Geek');
    expect(await summary(page).textContent()).toMatch(new RegExp(`^${distances.length} fiches à moins de 50 km de Poitiers\\.`));
    await page.waitForTimeout(1200);
    await screenshot(page, 'near-poitiers-50');
  });

  it('narrows with the filters', async () => {
    const { page } = opened;
    const before = (await shownDistances(page)).length;
    await page.getByRole('checkbox', { name: /^Collectivité/ }).check();
    await expect.poll(() => summary(page).textContent()).not.toMatch(new RegExp(`^${before} fiches`));
    await page.getByRole('checkbox', { name: /^Collectivité/ }).uncheck();
    await expect.poll(() => shownDistances(page).then((d) => d.length)).toBe(before);
  });

  it('opens the detail panel of a result', async () => {
    const { page } = opened;
    await page.getByTestId('near-list').getByRole('button', { name: 'Silver Geek', exact: true }).click();
    await page.getByTestId('detail-panel').waitFor();
    expect(param(page, 'actor')).toBe('silver-geek');
    await page.getByTestId('detail-panel').getByRole('button', { name: 'Fermer' }).first().click();
  });

  it('clears the place when the box is emptied', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Effacer le lieu choisi' }).click();
    await expect.poll(() => param(page, 'near')).toBeNull();
    await expect.poll(() => redShare(page), { timeout: 10_000 }).toBeLessThan(0.0005);
    expect(await page.getByTestId('near-list').count()).toBe(0);
  });

  it('logs no errors', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('choosing among several communes', () => {
  it('asks which commune of a shared postcode, and takes the one chosen with the keyboard', async () => {
    const { page, errors } = await openApp(browser);
    await waitForMapReady(page);
    await placeBox(page).click();
    await placeBox(page).pressSequentially('78130', { delay: 20 });
    await suggestions(page)
      .filter({ hasText: /^Les Mureaux \(78\)/ })
      .waitFor();
    await placeBox(page).press('Enter');
    await expect
      .poll(() => page.locator('.near-hint').textContent())
      .toBe('Plusieurs communes ont ce code postal : choisissez la vôtre dans la liste.');
    expect(await suggestions(page).allTextContents()).toEqual(['Les Mureaux (78)Yvelines · 78130', 'Chapet (78)Yvelines · 78130']);
    expect(param(page, 'near')).toBeNull();
    await screenshot(page, 'near-postcode-choice');
    await placeBox(page).press('ArrowDown');
    await placeBox(page).press('ArrowDown');
    expect(
      await suggestions(page)
        .filter({ hasText: /^Chapet/ })
        .getAttribute('aria-selected'),
    ).toBe('true');
    await placeBox(page).press('Enter');
    await expect.poll(() => param(page, 'near')).toBe('78140');
    expect(await placeBox(page).inputValue()).toBe('Chapet (78)');
    await expect.poll(() => summary(page).textContent()).toMatch(/à moins de 25 km de Chapet\./);
    expect(increasing(await shownDistances(page))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('tells homonyms apart by département, and says when nothing matches', async () => {
    const { page } = await openApp(browser);
    await waitForMapReady(page);
    await placeBox(page).click();
    await placeBox(page).pressSequentially('st denis', { delay: 20 });
    await suggestions(page)
      .filter({ hasText: /^Saint-Denis \(93\)/ })
      .waitFor();
    await placeBox(page).press('Enter');
    await expect.poll(() => page.locator('.near-hint').textContent()).toMatch(/Plusieurs communes portent ce nom/);
    const labels = await suggestions(page).locator('.near-option-name').allTextContents();
    expect(labels.slice(0, 2)).toEqual(['Saint-Denis (974)', 'Saint-Denis (93)']);
    expect(labels.every((l) => l.startsWith('Saint-Denis ('))).toBe(true);
    await placeBox(page).press('Escape');
    expect(await placeBox(page).getAttribute('aria-expanded')).toBe('false');
    await placeBox(page).press('Escape');
    expect(await placeBox(page).inputValue()).toBe('');
    await placeBox(page).pressSequentially('trifouilly', { delay: 20 });
    await placeBox(page).press('Enter');
    await expect
      .poll(() => page.locator('.near-hint').textContent())
      .toBe('Aucune commune ne correspond à « trifouilly ». Vérifiez l’orthographe, ou saisissez un code postal.');
  });
});

describe('a shared link', () => {
  it('opens "within 50 km of Poitiers" with the gazetteer loaded for it', async () => {
    let requests: string[] = [];
    const { page, errors } = await openApp(browser, {
      path: '?near=86194&radius=50',
      prepare: async (p) => {
        requests = watchRequests(p);
      },
    });
    await waitForMapReady(page);
    await expect.poll(() => summary(page).textContent()).toMatch(/^\d+ fiches à moins de 50 km de Poitiers\./);
    expect(requests).toContain('gazetteer.json');
    expect(await placeBox(page).inputValue()).toBe('Poitiers (86)');
    expect(await page.getByRole('radio', { name: '50 km' }).isChecked()).toBe(true);
    await expect.poll(() => redShare(page), { timeout: 10_000 }).toBeGreaterThan(0.002);
    expect(errors).toEqual([]);
  });

  it('says so when the commune code is unknown', async () => {
    const { page } = await openApp(browser, { path: '?near=99999' });
    await waitForMapReady(page);
    await expect.poll(() => page.getByText(/aucune commune n’a le code INSEE « 99999 »/).count()).toBe(1);
    await expect.poll(() => param(page, 'near')).toBeNull();
  });

  it('works on a phone', async () => {
    const { page, errors } = await openApp(browser, {
      viewport: PHONE,
      path: '?near=86194&radius=50',
      prepare: (p) => p.emulateMedia({ reducedMotion: 'reduce' }),
    });
    await waitForMapReady(page);
    await page
      .getByRole('button', { name: /Afficher/ })
      .first()
      .click();
    await expect.poll(() => summary(page).textContent()).toMatch(/fiches à moins de 50 km de Poitiers/);
    const box = await placeBox(page).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    await page.waitForTimeout(1200);
    await screenshot(page, 'near-phone');
    await page.getByTestId('near-list').scrollIntoViewIfNeeded();
    await screenshot(page, 'near-phone-list');
    expect(errors).toEqual([]);
  });
});

describe('the browser’s position', () => {
  it('finds the actors nearest to a granted position', async () => {
    const { page, errors } = await openApp(browser, {
      prepare: async (p) => {
        await p.context().grantPermissions(['geolocation'], { origin: APP_URL });
        // Les Mureaux, 450 m from the PTCE Les Mureaux (a real actor of the network).
        await p.context().setGeolocation({ latitude: 48.99, longitude: 1.92 });
      },
    });
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await expect.poll(() => param(page, 'near')).toBe('48.9900,1.9200');
    await expect.poll(() => summary(page).textContent()).toMatch(/^\d+ fiches à moins de 25 km de votre position\./);
    expect((await shownNames(page))[0]).toBe('PTCE Les Mureaux');
    const distances = await shownDistances(page);
    expect(distances[0]).toBe(0.4);
    expect(increasing(distances)).toBe(true);
    expect(await placeBox(page).inputValue()).toBe('Ma position');
    await expect.poll(() => redShare(page), { timeout: 10_000 }).toBeGreaterThan(0.002);
    await page.waitForTimeout(1200);
    await screenshot(page, 'near-geolocation');
    expect(errors).toEqual([]);
  });

  it('explains a refusal in plain French', async () => {
    // No permission granted: headless Chromium refuses.
    const { page } = await openApp(browser);
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'position' });
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toBe(
      'Vous avez refusé l’accès à votre position. Saisissez plutôt une commune ou un code postal, ou autorisez la localisation dans les réglages du navigateur.',
    );
    expect(param(page, 'near')).toBeNull();
    await screenshot(page, 'near-geolocation-denied');
  });

  it('explains a position that takes too long', async () => {
    const { page } = await openApp(browser, {
      viewport: PHONE,
      prepare: (p) =>
        p.addInitScript(() => {
          navigator.geolocation.getCurrentPosition = (_ok, fail) =>
            fail?.({
              code: 3,
              message: 'Timeout expired',
              PERMISSION_DENIED: 1,
              POSITION_UNAVAILABLE: 2,
              TIMEOUT: 3,
            } as GeolocationPositionError);
        }),
    });
    await waitForMapReady(page);
    await page
      .getByRole('button', { name: /Afficher/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'trop de temps' }).count()).toBe(1);
  });
});
