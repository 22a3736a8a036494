/**
 * The demonstration banner, once dismissed, stays so in this browser. A storage that cannot be
 * read or written (private mode, quota, disabled) only means the banner comes back: never a crash.
 */

/** The key in localStorage; its version changes when the banner says something new. */
export const NOTICE_DISMISSED_KEY = 'atlas:bandeau-demonstration:v1';

/** What is used of `localStorage` (a test passes its own). */
export type NoticeStorage = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): NoticeStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function isNoticeDismissed(storage: NoticeStorage | null = defaultStorage()): boolean {
  try {
    return storage?.getItem(NOTICE_DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers the dismissal; false when it could not be stored (it then lasts for this page only). */
export function rememberNoticeDismissed(storage: NoticeStorage | null = defaultStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(NOTICE_DISMISSED_KEY, '1');
    return true;
  } catch {
    return false;
  }
}
