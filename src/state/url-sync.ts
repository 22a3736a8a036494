/**
 * Mirrors the store in the URL: the page opens on what its URL says, every change is written
 * back, and back/forward restore the previous view. Camera moves replace the history entry;
 * everything else pushes one, so "back" undoes a filter or a selection, not a pan.
 */
import { parseParams, serializeParams } from '../core/url-state';
import { setPreviewData } from './preview-data';
import { atlasStore, urlStateOf, type AtlasState } from './store';

/**
 * Parameters read by other parts of the app (the embed page's own settings…): not reported as
 * unknown, and kept as they are when the store writes the URL.
 */
export const OTHER_PARAMS: string[] = [];

/**
 * A replaced entry is written at most this often: a letter typed or a camera move need not reach
 * the address bar at once, and `history.replaceState` cost 5–11 ms of each keystroke's task. A
 * pushed entry, a move back or forward and the page's hiding write what waits first.
 */
export const REPLACE_EVERY_MS = 250;

/** `history: 'replace'` (the embed): never add history entries, so the host page's "back" leaves it. */
export function startUrlSync(store = atlasStore, options: { history?: 'push' | 'replace' } = {}): () => void {
  const apply = () => {
    const { state, notices } = parseParams(window.location.search, OTHER_PARAMS);
    // Before the first data file is fetched: the whole page reads either the preview or the published data.
    setPreviewData(state.preview);
    store.getState().applyUrlState(state);
    store.getState().addNotices(notices);
  };
  apply();
  let written = serializeParams(urlStateOf(store.getState()));
  replaceUrl(written);

  let waiting: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const writeWaiting = () => {
    clearTimeout(timer);
    timer = undefined;
    if (waiting !== null) replaceUrl(waiting);
    waiting = null;
  };
  const unsubscribe = store.subscribe((s: AtlasState, previous: AtlasState) => {
    const next = serializeParams(urlStateOf(s));
    if (next === written) return;
    written = next;
    // Only a letter typed or a camera move waits; anything else is written at once (replacing the
    // entry where the history must not grow: the embed).
    if (historyStep(previous, s) === 'replace') {
      waiting = next;
      timer ??= setTimeout(writeWaiting, REPLACE_EVERY_MS);
    } else {
      // The entry left behind keeps its last state.
      writeWaiting();
      if (options.history === 'replace') replaceUrl(next);
      else window.history.pushState(null, '', urlWith(next));
    }
  });
  const onPopState = () => {
    // The entry arrived at says what to show; what waited was for the one left.
    clearTimeout(timer);
    timer = undefined;
    waiting = null;
    const { state } = parseParams(window.location.search, OTHER_PARAMS);
    written = serializeParams(state);
    store.getState().applyUrlState(state);
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener('pagehide', writeWaiting);
  return () => {
    writeWaiting();
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', writeWaiting);
  };
}

/**
 * How a change enters the history. A camera move replaces the entry, and so does a search text
 * edited into another (each letter typed): « back » then undoes the whole search, not one letter
 * of it. Anything else, a search started or cleared included, pushes an entry.
 */
export function historyStep(previous: AtlasState, next: AtlasState): 'push' | 'replace' {
  return onlyCameraChanged(next, previous) || searchEdited(previous, next) ? 'replace' : 'push';
}

function searchEdited(a: AtlasState, b: AtlasState): boolean {
  const before = a.filters.text.trim();
  const after = b.filters.text.trim();
  return (
    before !== '' &&
    after !== '' &&
    before !== after &&
    serializeParams({ ...urlStateOf(a), filters: { ...a.filters, text: '' } }) ===
      serializeParams({ ...urlStateOf(b), filters: { ...b.filters, text: '' } })
  );
}

function onlyCameraChanged(a: AtlasState, b: AtlasState): boolean {
  return (
    a.camera !== b.camera && serializeParams({ ...urlStateOf(a), camera: null }) === serializeParams({ ...urlStateOf(b), camera: null })
  );
}

function urlWith(query: string): string {
  const current = new URLSearchParams(window.location.search);
  const kept = OTHER_PARAMS.filter((name) => current.has(name))
    .map((name) => `${encodeURIComponent(name)}=${encodeURIComponent(current.get(name) ?? '')}`)
    .join('&');
  const full = [query, kept].filter(Boolean).join('&');
  return `${window.location.pathname}${full ? `?${full}` : ''}${window.location.hash}`;
}

function replaceUrl(query: string): void {
  const url = urlWith(query);
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
}
