import { describe, expect, it } from 'vitest';
import { createAtlasStore, type AtlasState } from './store';
import { historyStep } from './url-sync';

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
