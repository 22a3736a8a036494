import { describe, expect, it } from 'vitest';
import { MAPPING_MEMORY_KEY, MAX_REMEMBERED, headerSignature, recallMapping, rememberMapping, type MappingStorage } from './mapping-memory';

function memoryStorage(initial: Record<string, string> = {}): MappingStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const HEADERS = ['lib_fs', 'insee_com', 'mail', 'h_lundi'];
const CHOICES = { columns: { lib_fs: 'name', insee_com: 'commune', h_lundi: 'ignore' }, values: { profile: 'institution' } };

describe('mapping memory', () => {
  it('gives back a sheet’s choices for the next sheet with the same headers, in any order', () => {
    const storage = memoryStorage();
    expect(rememberMapping('actors', HEADERS, CHOICES, storage)).toBe(true);
    expect(recallMapping('actors', ['h_lundi', 'mail', 'insee_com', 'lib_fs'], storage)).toEqual(CHOICES);
  });

  it('knows nothing of another set of headers or another role', () => {
    const storage = memoryStorage();
    rememberMapping('actors', HEADERS, CHOICES, storage);
    expect(recallMapping('actors', [...HEADERS, 'telephone'], storage)).toBeUndefined();
    expect(recallMapping('links', HEADERS, storage)).toBeUndefined();
  });

  it('keeps only choices for the sheet’s own headers', () => {
    const storage = memoryStorage();
    rememberMapping('actors', ['a'], { columns: { a: 'name', b: 'commune' }, values: {} }, storage);
    expect(recallMapping('actors', ['a'], storage)).toEqual({ columns: { a: 'name' }, values: {} });
  });

  it('replaces a sheet’s choices when saved again', () => {
    const storage = memoryStorage();
    rememberMapping('actors', HEADERS, CHOICES, storage);
    rememberMapping('actors', HEADERS, { columns: { lib_fs: 'ignore' }, values: {} }, storage);
    expect(recallMapping('actors', HEADERS, storage)).toEqual({ columns: { lib_fs: 'ignore' }, values: {} });
  });

  it.each([
    ['text that is not JSON', '{oops'],
    ['JSON of another shape', '[1, 2, 3]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('ignores %s in storage, and overwrites it on the next save', (_, stored) => {
    const storage = memoryStorage({ [MAPPING_MEMORY_KEY]: stored });
    expect(recallMapping('actors', HEADERS, storage)).toBeUndefined();
    expect(rememberMapping('actors', HEADERS, CHOICES, storage)).toBe(true);
    expect(recallMapping('actors', HEADERS, storage)).toEqual(CHOICES);
  });

  it('skips a bad entry and keeps the good ones', () => {
    const good = { columns: { nom: 'name' }, values: {}, savedAt: '2026-01-01T00:00:00.000Z' };
    const storage = memoryStorage({
      [MAPPING_MEMORY_KEY]: JSON.stringify({
        [headerSignature('actors', HEADERS)]: { columns: { lib_fs: 3 }, values: {} },
        [headerSignature('actors', ['nom'])]: good,
      }),
    });
    expect(recallMapping('actors', HEADERS, storage)).toBeUndefined();
    expect(recallMapping('actors', ['nom'], storage)).toEqual({ columns: { nom: 'name' }, values: {} });
  });

  it('survives a storage that throws, or none at all', () => {
    const throwing: MappingStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(recallMapping('actors', HEADERS, throwing)).toBeUndefined();
    expect(rememberMapping('actors', HEADERS, CHOICES, throwing)).toBe(false);
    // In node there is no localStorage: the default storage is none.
    expect(recallMapping('actors', HEADERS)).toBeUndefined();
    expect(rememberMapping('actors', HEADERS, CHOICES)).toBe(false);
  });

  it(`remembers the ${MAX_REMEMBERED} sheets saved last`, () => {
    const storage = memoryStorage();
    for (let i = 0; i <= MAX_REMEMBERED; i += 1) {
      rememberMapping(
        'actors',
        [`col${i}`],
        { columns: { [`col${i}`]: 'name' }, values: {} },
        storage,
        new Date(Date.UTC(2026, 0, 1, 0, i)),
      );
    }
    expect(recallMapping('actors', ['col0'], storage)).toBeUndefined();
    expect(recallMapping('actors', ['col1'], storage)).toEqual({ columns: { col1: 'name' }, values: {} });
    expect(recallMapping('actors', [`col${MAX_REMEMBERED}`], storage)).toBeDefined();
  });
});
