import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFilterValues,
  embedEvent,
  filterValuesOf,
  readCommand,
  readEvent,
  snapshotOf,
  targetOrigin,
  type Incoming,
} from './embed-messages';
import { EMPTY_FILTERS, type Filters } from '../../core/filters';
import { DEFAULT_URL_STATE } from '../../core/url-state';

const HOST = 'https://www.reseau.fr';
const head = { source: 'atlas-catalyseurs', version: 1 } as const;
const fromHost = (data: unknown, origin = HOST): Incoming => ({ data, origin, fromParent: true });

function reasonOf(data: unknown, allow: readonly string[] = []): string {
  const r = readCommand(fromHost(data), allow);
  return r.ok ? 'ok' : r.reason;
}

describe('readCommand: valid commands', () => {
  it('reads setFilters with URL names and values', () => {
    const r = readCommand(
      fromHost({ ...head, type: 'setFilters', filters: { practice: ['lieu', 'dialogue'], region: ['84'], q: 'tiers-lieu', qmin: 50 } }),
      [],
    );
    expect(r).toEqual({
      ok: true,
      message: { ...head, type: 'setFilters', filters: { practice: ['lieu', 'dialogue'], region: ['84'], q: 'tiers-lieu', qmin: 50 } },
    });
  });

  it('reads select (an id, or null to close), setView and getState', () => {
    expect(reasonOf({ ...head, type: 'select', id: 'comite-21' })).toBe('ok');
    expect(reasonOf({ ...head, type: 'select', id: null })).toBe('ok');
    expect(reasonOf({ ...head, type: 'setView', view: 'list' })).toBe('ok');
    expect(reasonOf({ ...head, type: 'setView', camera: { lat: 46.58, lon: 0.34, zoom: 8 }, lang: 'en' })).toBe('ok');
    expect(reasonOf({ ...head, type: 'setView', fit: 'r75' })).toBe('ok');
    expect(reasonOf({ ...head, type: 'getState' })).toBe('ok');
  });
});

describe('readCommand: what is ignored, and why', () => {
  it('ignores messages that are not of the protocol, or of another version', () => {
    for (const data of [
      null,
      undefined,
      42,
      'setFilters',
      ['atlas-catalyseurs'],
      { type: 'select', id: 'x' },
      { source: 'other', version: 1, type: 'getState' },
    ]) {
      expect(reasonOf(data)).toBe('foreign');
    }
    expect(reasonOf({ ...head, version: 2, type: 'getState' })).toBe('version');
    expect(reasonOf({ ...head, version: '1', type: 'getState' })).toBe('version');
  });

  it('ignores unknown types and unknown keys', () => {
    expect(reasonOf({ ...head, type: 'deleteEverything' })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'resize', height: 100 })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'getState', extra: 1 })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'setFilters', filters: { practice: ['lieu'], color: 'red' } })).toBe('invalid');
  });

  it('ignores unknown codes and wrong types as a whole, applying nothing in part', () => {
    const bad = [
      { practice: ['lieu', 'sorcellerie'] },
      { practice: 'lieu' },
      { region: ['84', '999'] },
      { region: ['84', '99'] },
      { dep: ['975'] },
      { dep: ['7<'] },
      { data: 'everything' },
      { qmin: 50.5 },
      { qmin: '50' },
      { qmin: 101 },
      { q: 42 },
      { theme: ['a,b'] },
      { theme: [''] },
      { profile: [null] },
    ];
    for (const filters of bad) expect(reasonOf({ ...head, type: 'setFilters', filters }), JSON.stringify(filters)).toBe('invalid');
    expect(reasonOf({ ...head, type: 'setView' })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'setView', view: 'graph' })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'setView', fit: 'r999' })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'setView', camera: { lat: 95, lon: 0, zoom: 5 } })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'setView', camera: { lat: Number.NaN, lon: 0, zoom: 5 } })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'select', id: '' })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'select', id: '../../etc/passwd' })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'select', id: 'javascript:alert(1)' })).toBe('invalid');
    // An id-shaped string is only ever looked up, never used as a URL.
    expect(reasonOf({ ...head, type: 'select', id: 'javascript:alert' })).toBe('ok');
  });

  it('ignores a setFilters naming a région or département that does not exist, giving the URL parser’s notice as the reason', () => {
    const setFilters = (filters: unknown) => readCommand(fromHost({ ...head, type: 'setFilters', filters }), []);
    expect(setFilters({ region: ['99'] })).toEqual({ ok: false, reason: 'invalid', detail: 'filters: Région inconnue ignorée : « 99 ».' });
    expect(setFilters({ practice: ['lieu'], dep: ['33', '977'] })).toEqual({
      ok: false,
      reason: 'invalid',
      detail: 'filters: Département inconnu ignoré : « 977 ».',
    });
    expect(setFilters({ dep: ['20'] })).toEqual({ ok: false, reason: 'invalid', detail: 'filters: Département inconnu ignoré : « 20 ».' });
    expect(setFilters({ region: ['01', '94'], dep: ['2b', '976'] }).ok).toBe(true);
    expect(reasonOf({ ...head, type: 'setView', fit: 'r99' })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'setView', fit: 'd977' })).toBe('invalid');
  });

  it('ignores script strings where codes are expected, and huge strings and lists', () => {
    expect(reasonOf({ ...head, type: 'setFilters', filters: { practice: ['<img src=x onerror=alert(1)>'] } })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'select', id: '<script>alert(1)</script>' })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'setFilters', filters: { q: 'x'.repeat(10_000_000) } })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'setFilters', filters: { theme: Array.from({ length: 51 }, (_, i) => `t${i}`) } })).toBe('invalid');
    expect(reasonOf({ ...head, type: 'select', id: 'a'.repeat(101) })).toBe('invalid');
    // A script in the search text is just text: it is searched for, never parsed.
    expect(reasonOf({ ...head, type: 'setFilters', filters: { q: '<script>alert(1)</script>' } })).toBe('ok');
  });

  it('ignores prototype-pollution keys and does not pollute', () => {
    const payloads = [
      '{"source":"atlas-catalyseurs","version":1,"type":"setFilters","filters":{"__proto__":{"polluted":true}}}',
      '{"source":"atlas-catalyseurs","version":1,"type":"setFilters","__proto__":{"polluted":true},"filters":{}}',
      '{"source":"atlas-catalyseurs","version":1,"type":"setFilters","filters":{"constructor":{"prototype":{"polluted":true}}}}',
    ];
    for (const json of payloads) expect(reasonOf(JSON.parse(json)), json).toBe('invalid');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads objects without a prototype like any other', () => {
    const bare = Object.assign(Object.create(null) as object, { ...head, type: 'getState' });
    expect(reasonOf(bare)).toBe('ok');
  });

  it('only obeys the parent window, and only listed origins when there is a list', () => {
    const cmd = { ...head, type: 'getState' };
    expect(readCommand({ data: cmd, origin: HOST, fromParent: false }, []).ok).toBe(false);
    expect(reasonOf(cmd, [HOST])).toBe('ok');
    const other = readCommand(fromHost(cmd, 'https://evil.example'), [HOST]);
    expect(other).toEqual({ ok: false, reason: 'origin', detail: 'origin https://evil.example not in the allow-list' });
    expect(readCommand(fromHost(cmd, 'null'), [HOST]).ok).toBe(false);
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 }), (data) => {
        const r = readCommand(fromHost(data), []);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.record({
          type: fc.constantFrom('setFilters', 'select', 'setView', 'getState'),
          filters: fc.anything(),
          id: fc.anything(),
          camera: fc.anything(),
        }),
        (body) => {
          const r = readCommand(fromHost({ ...head, ...body }), []);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(readCommand(fromHost(throwing), []).ok).toBe(false);
  });
});

describe('filters between the app and the messages', () => {
  const current: Filters = { ...EMPTY_FILTERS, practices: ['dialogue'], regions: ['75'], text: 'eau', minQualification: 0.75 };

  it('writes the app filters with URL names, qualification in percent', () => {
    expect(filterValuesOf(current)).toEqual({
      practice: ['dialogue'],
      profile: [],
      scope: [],
      kind: [],
      theme: [],
      region: ['75'],
      dep: [],
      data: 'all',
      qmin: 75,
      q: 'eau',
    });
  });

  it('replaces every filter by default, or only those given when merging', () => {
    expect(applyFilterValues({ practice: ['lieu'] }, current)).toEqual({ ...EMPTY_FILTERS, practices: ['lieu'] });
    expect(applyFilterValues({ practice: ['lieu'] }, current, true)).toEqual({ ...current, practices: ['lieu'] });
    expect(applyFilterValues({ dep: ['2a'], qmin: 0 }, current, true)).toEqual({ ...current, departements: ['2A'], minQualification: 0 });
    expect(applyFilterValues({}, current)).toEqual(EMPTY_FILTERS);
  });

  it('cleans control characters out of the search text, as the URL does', () => {
    expect(applyFilterValues({ q: 'a\u0000b\u001Fc' }, EMPTY_FILTERS).text).toBe('a b c');
  });
});

describe('events sent to the host', () => {
  it('builds events in the envelope that hosts can check', () => {
    const state = snapshotOf({ ...DEFAULT_URL_STATE, filters: { ...EMPTY_FILTERS, practices: ['lieu'] }, selected: 'comite-21' }, 42, 544);
    const ready = embedEvent({ type: 'ready', state });
    expect(ready).toEqual({
      source: 'atlas-catalyseurs',
      version: 1,
      type: 'ready',
      state: {
        filters: { practice: ['lieu'], profile: [], scope: [], kind: [], theme: [], region: [], dep: [], data: 'all', qmin: 0, q: '' },
        count: 42,
        total: 544,
        selected: 'comite-21',
        view: 'map',
        lang: 'fr',
        camera: null,
      },
    });
    expect(readEvent(ready).ok).toBe(true);
    expect(readEvent(embedEvent({ type: 'select', id: 'comite-21', name: 'Comité 21', kind: 'actor' })).ok).toBe(true);
    expect(readEvent(embedEvent({ type: 'resize', height: 640 })).ok).toBe(true);
  });

  it('rejects malformed events, e.g. a hostile resize', () => {
    for (const height of [-1, 1e9, Number.POSITIVE_INFINITY, 10.5, '600']) {
      expect(readEvent({ ...head, type: 'resize', height }).ok, String(height)).toBe(false);
    }
  });
});

describe('targetOrigin', () => {
  it('posts anywhere without a list', () => {
    expect(targetOrigin([], {})).toBe('*');
  });

  it('posts to the listed host, known from a command, the ancestor or the referrer', () => {
    const list = [HOST, 'https://autre.fr'];
    expect(targetOrigin(list, { ancestor: 'https://autre.fr' })).toBe('https://autre.fr');
    expect(targetOrigin(list, { referrer: 'https://www.reseau.fr/page?x=1' })).toBe(HOST);
    expect(targetOrigin(list, { learned: HOST, ancestor: 'https://autre.fr' })).toBe(HOST);
  });

  it('never posts to an unlisted host', () => {
    expect(targetOrigin([HOST, 'https://autre.fr'], { ancestor: 'https://evil.example', referrer: 'not a url' })).toBeNull();
    // One listed origin: the browser itself refuses to deliver elsewhere.
    expect(targetOrigin([HOST], { ancestor: 'https://evil.example' })).toBe(HOST);
  });
});
