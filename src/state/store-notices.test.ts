/** The store keeps a bounded list of notices, each once, and counts the ones it could not keep. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAtlasStore, MAX_NOTICES } from './store';

const notices = (n: number, prefix = 'n') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('addNotices', () => {
  it('keeps each notice once, in the order they came', () => {
    const store = createAtlasStore();
    store.getState().addNotices(['a', 'b', 'a']);
    store.getState().addNotices(['b', 'c']);
    expect(store.getState()).toMatchObject({ notices: ['a', 'b', 'c'], noticesOmitted: 0 });
  });

  it(`keeps the first ${MAX_NOTICES} of 20 000 and counts the others, until they are dismissed`, () => {
    const store = createAtlasStore();
    store.getState().addNotices(notices(20_000));
    expect(store.getState().notices).toEqual(notices(MAX_NOTICES));
    expect(store.getState().noticesOmitted).toBe(20_000 - MAX_NOTICES);
    store.getState().addNotices(['n0', 'late']);
    expect(store.getState().notices).toHaveLength(MAX_NOTICES);
    expect(store.getState().noticesOmitted).toBe(20_000 - MAX_NOTICES + 1);
    store.getState().dismissNotices();
    expect(store.getState()).toMatchObject({ notices: [], noticesOmitted: 0 });
    store.getState().addNotices(['again']);
    expect(store.getState()).toMatchObject({ notices: ['again'], noticesOmitted: 0 });
  });

  it('never holds more than the bound, nor twice the same notice, nor loses count of the new ones', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 2 }), { maxLength: 40 }), { maxLength: 20 }), (batches) => {
        const store = createAtlasStore();
        for (const batch of batches) store.getState().addNotices(batch);
        const { notices: kept, noticesOmitted } = store.getState();
        const distinct = [...new Set(batches.flat())];
        expect(kept).toEqual(distinct.slice(0, MAX_NOTICES));
        expect(kept.length + noticesOmitted).toBeGreaterThanOrEqual(distinct.length);
      }),
      { numRuns: 300 },
    );
  });
});
