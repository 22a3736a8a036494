import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore, type AtlasState } from './store';
import { historyStep, REPLACE_EVERY_MS, startUrlSync } from './url-sync';

/** The state before and after `change`, on a fresh store. */
function step(...changes: ((s: AtlasState) => void)[]): ('push' | 'replace')[] {
  const store = createAtlasStore();
  return changes.map((change) => {
    const before = store.getState();
    change(before);
    return historyStep(before, store.getState());
  });
}

describe('historyStep', () => {
  it('keeps one history entry for a search typed letter by letter: back undoes the whole search', () => {
    const type = (text: string) => (s: AtlasState) => s.setFilter('text', text);
    expect(step(type('p'), type('po'), type('poi'), type('poitiers'), type('lyon'), type(''))).toEqual([
      'push',
      'replace',
      'replace',
      'replace',
      'replace',
      'push',
    ]);
  });

  it('pushes an entry for anything else changed with the text, or without it', () => {
    expect(
      step(
        (s) => s.setFilter('text', 'poitiers'),
        (s) => s.setFilter('practices', ['lieu']),
        (s) => s.select('a'),
        (s) => s.setView('list'),
      ),
    ).toEqual(['push', 'push', 'push', 'push']);
  });

  it('replaces the entry for a camera move', () => {
    expect(step((s) => s.setCamera({ lon: 2.35, lat: 48.85, zoom: 9 }))).toEqual(['replace']);
  });
});

/** A window with an address bar and a history, for `startUrlSync` in node. */
function fakeWindow() {
  const listeners = new Map<string, Set<() => void>>();
  const calls: string[] = [];
  const location = { pathname: '/', search: '', hash: '' };
  const go = (kind: string) => (_: unknown, __: string, url: string) => {
    calls.push(`${kind} ${url}`);
    location.search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  };
  return {
    calls,
    location,
    history: { replaceState: go('replace'), pushState: go('push') },
    addEventListener: (type: string, fn: () => void) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type))?.add(fn),
    removeEventListener: (type: string, fn: () => void) => void listeners.get(type)?.delete(fn),
    fire: (type: string) => listeners.get(type)?.forEach((fn) => fn()),
  };
}

/** A fresh store mirrored in a fake window's address bar, on fake timers. */
function synced(history: 'push' | 'replace' = 'push') {
  vi.useFakeTimers();
  const win = fakeWindow();
  vi.stubGlobal('window', win);
  const store = createAtlasStore();
  return { win, store, stop: startUrlSync(store, { history }) };
}

describe('startUrlSync', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it(`writes a search typed letter by letter at most every ${REPLACE_EVERY_MS} ms, the last letter included`, () => {
    const { win, store, stop } = synced();
    store.getState().setFilter('text', 'p');
    expect(win.calls).toEqual(['push /?q=p']);
    store.getState().setFilter('text', 'po');
    store.getState().setFilter('text', 'poi');
    expect(win.calls).toHaveLength(1);
    vi.advanceTimersByTime(REPLACE_EVERY_MS);
    expect(win.calls).toEqual(['push /?q=p', 'replace /?q=poi']);
    stop();
  });

  it('writes what waits before pushing an entry, and when the page hides', () => {
    const { win, store, stop } = synced();
    store.getState().setFilter('text', 'lyon');
    store.getState().setFilter('text', 'lyons');
    store.getState().select('a');
    expect(win.calls).toEqual(['push /?q=lyon', 'replace /?q=lyons', 'push /?q=lyons&actor=a']);
    store.getState().setCamera({ lon: 2.35, lat: 48.85, zoom: 9 });
    win.fire('pagehide');
    expect(win.calls.at(-1)).toMatch(/^replace \/\?q=lyons&actor=a&/);
    stop();
  });

  it('drops what waits when the person goes back: the entry arrived at says what to show', () => {
    const { win, store, stop } = synced();
    store.getState().setFilter('text', 'nantes');
    store.getState().setFilter('text', 'nantes ');
    store.getState().setFilter('text', 'nantes b');
    win.location.search = '';
    win.fire('popstate');
    vi.advanceTimersByTime(REPLACE_EVERY_MS);
    expect(win.calls).toEqual(['push /?q=nantes']);
    expect(store.getState().filters.text).toBe('');
    stop();
  });

  it('in the embed (no history entries), writes a filter at once and a search letter after the wait', () => {
    const { win, store, stop } = synced('replace');
    store.getState().setFilter('practices', ['lieu']);
    expect(win.calls).toEqual(['replace /?practice=lieu']);
    store.getState().setFilter('text', 'lyon');
    store.getState().setFilter('text', 'lyons');
    expect(win.calls).toEqual(['replace /?practice=lieu', 'replace /?practice=lieu&q=lyon']);
    vi.advanceTimersByTime(REPLACE_EVERY_MS);
    expect(win.calls.at(-1)).toBe('replace /?practice=lieu&q=lyons');
    stop();
  });
});
