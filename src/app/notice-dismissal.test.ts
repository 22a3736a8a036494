import { describe, expect, it } from 'vitest';
import { isNoticeDismissed, NOTICE_DISMISSED_KEY, rememberNoticeDismissed, type NoticeStorage } from './notice-dismissal';

function memoryStorage(): NoticeStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

const failing: NoticeStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the demonstration banner’s dismissal', () => {
  it('is remembered under a versioned key', () => {
    const storage = memoryStorage();
    expect(isNoticeDismissed(storage)).toBe(false);
    expect(rememberNoticeDismissed(storage)).toBe(true);
    expect(storage.values.get(NOTICE_DISMISSED_KEY)).toBe('1');
    expect(NOTICE_DISMISSED_KEY).toMatch(/:v\d+$/);
    expect(isNoticeDismissed(storage)).toBe(true);
  });

  it('ignores another value under the key', () => {
    const storage = memoryStorage();
    storage.values.set(NOTICE_DISMISSED_KEY, 'oui');
    expect(isNoticeDismissed(storage)).toBe(false);
  });

  it('never throws when the storage fails or is missing', () => {
    expect(isNoticeDismissed(failing)).toBe(false);
    expect(rememberNoticeDismissed(failing)).toBe(false);
    expect(isNoticeDismissed(null)).toBe(false);
    expect(rememberNoticeDismissed(null)).toBe(false);
  });
});
