import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filters';
import type { UrlParam } from './url-params';
import { DEFAULT_URL_STATE, formatCamera, PARAMS, parseParams, serializeParams, URL_PARAMS, type UrlState } from './url-state';

const full: UrlState = {
  filters: {
    ...EMPTY_FILTERS,
    practices: ['dialogue', 'lieu'],
    profiles: ['association'],
    scopes: ['local'],
    kinds: ['project'],
    themes: ['éducation', 'transition écologique'],
    regions: ['75'],
    departements: ['86', '2A'],
    data: 'real',
    minQualification: 0.5,
    text: 'tiers-lieu & co',
  },
  selected: 'comite-21',
  view: 'list',
  camera: { zoom: 7.5, lat: 46.58, lon: 0.34 },
  lang: 'en',
  sort: 'qualification',
  inView: true,
  near: { kind: 'commune', code: '86194' },
  radius: 50,
  overlay: 'fragility:chomage',
  area: 'r75',
  depth: 2,
  preview: true,
};

describe('serializeParams', () => {
  it('writes nothing for the default view', () => {
    expect(serializeParams(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes readable lists and a zoom/lat/lon camera', () => {
    const s = serializeParams({
      ...DEFAULT_URL_STATE,
      filters: { ...EMPTY_FILTERS, practices: ['dialogue', 'lieu'] },
      camera: { zoom: 6, lat: 46.123456, lon: 2.5 },
    });
    expect(s).toBe('practice=dialogue,lieu&map=6/46.12/2.50');
  });
});

describe('parseParams', () => {
  it('round-trips a full state', () => {
    const { state, notices } = parseParams(serializeParams(full));
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...full, camera: { zoom: 7.5, lat: 46.58, lon: 0.34 } });
  });

  it('accepts a leading "?"', () => {
    expect(parseParams('?view=list').state.view).toBe('list');
  });

  it('ignores unknown parameters with a notice', () => {
    const { state, notices } = parseParams('foo=1&practice=lieu');
    expect(state.filters.practices).toEqual(['lieu']);
    expect(notices).toEqual(['Paramètre inconnu ignoré : « foo ».']);
  });

  it('does not report parameters owned by other modules', () => {
    expect(parseParams('near=86194', ['near']).notices).toEqual([]);
  });

  it('keeps the good values of a list and reports the bad ones', () => {
    const { state, notices } = parseParams('practice=lieu,peinture,lieu');
    expect(state.filters.practices).toEqual(['lieu']);
    expect(notices).toHaveLength(1);
  });

  it.each([
    ['map=abc', 'camera'],
    ['map=99/0/0', 'camera'],
    ['map=5/95/0', 'camera'],
    ['map=5/1', 'camera'],
    ['qmin=150', 'qmin'],
    ['qmin=-1', 'qmin'],
    ['qmin=0.5', 'qmin'],
    ['view=satellite', 'view'],
    ['data=maybe', 'data'],
    ['lang=de', 'lang'],
    ['actor=<script>', 'actor'],
    ['actor=javascript:alert(1)', 'actor'],
    ['dep=999', 'dep'],
    ['region=abc', 'region'],
  ])('ignores the malformed %s with a notice and falls back to the default', (query) => {
    const { state, notices } = parseParams(query);
    expect(notices).toHaveLength(1);
    expect(state).toEqual(DEFAULT_URL_STATE);
  });

  it('cuts an over-long search and strips control characters', () => {
    const { state, notices } = parseParams(`q=${'a'.repeat(500)}`);
    expect(state.filters.text).toHaveLength(200);
    expect(notices).toHaveLength(1);
    expect(parseParams('q=a%00b').state.filters.text).toBe('a b');
  });

  it('keeps HTML in the search as text', () => {
    expect(parseParams('q=%3Cimg%20src%3Dx%3E').state.filters.text).toBe('<img src=x>');
  });

  it('survives malformed percent-encoding', () => {
    expect(() => parseParams('q=%E0%A4%A')).not.toThrow();
  });

  it('upper-cases Corsican département codes', () => {
    expect(parseParams('dep=2a').state.filters.departements).toEqual(['2A']);
    expect(parseParams('dep=2a,2A').state.filters.departements).toEqual(['2A']);
  });

  it('ignores well-formed codes that name no région, département or territory, with a notice', () => {
    const { state, notices } = parseParams('region=84,99&dep=977,33,20,975&area=r99');
    expect(state).toEqual({ ...DEFAULT_URL_STATE, filters: { ...EMPTY_FILTERS, regions: ['84'], departements: ['33'] } });
    expect(notices).toEqual([
      'Région inconnue ignorée : « 99 ».',
      'Département inconnu ignoré : « 977 », « 20 » et « 975 ».',
      'Territoire inconnu ignoré : « r99 ».',
    ]);
    expect(parseParams('area=d977').notices).toEqual(['Territoire inconnu ignoré : « d977 ».']);
    expect(parseParams('region=01,94&dep=971,976,2B&area=d2b')).toEqual({
      state: {
        ...DEFAULT_URL_STATE,
        filters: { ...EMPTY_FILTERS, regions: ['01', '94'], departements: ['971', '976', '2B'] },
        area: 'd2B',
      },
      notices: [],
    });
  });

  it('reads every value of a repeated list, as the URL writes it back', () => {
    const { state, notices } = parseParams('practice=lieu&practice=dialogue,lieu&region=75&region=99');
    expect(notices).toEqual(['Région inconnue ignorée : « 99 ».']);
    expect(state.filters).toEqual({ ...EMPTY_FILTERS, practices: ['lieu', 'dialogue'], regions: ['75'] });
    expect(serializeParams(state)).toBe('practice=lieu,dialogue&region=75');
  });

  it('keeps the first value of any other repeated parameter, with a notice', () => {
    const { state, notices } = parseParams('view=list&q=eau&view=map&q=air&q=feu');
    expect(state).toEqual({ ...DEFAULT_URL_STATE, filters: { ...EMPTY_FILTERS, text: 'eau' }, view: 'list' });
    expect(notices).toEqual([
      'Paramètre « q » répété : seule la première valeur est lue, « eau ».',
      'Paramètre « view » répété : seule la première valeur est lue, « list ».',
    ]);
    expect(serializeParams(state)).toBe('q=eau&view=list');
  });

  it('names what it ignores in a list', () => {
    expect(parseParams(`practice=peinture&profile=robot&scope=galactique&kind=animal&theme=${'t'.repeat(61)}`).notices).toEqual([
      'Pratique inconnue ignorée : « peinture ».',
      'Profil inconnu ignoré : « robot ».',
      'Échelle inconnue ignorée : « galactique ».',
      'Nature inconnue ignorée : « animal ».',
      `Thème trop long ignoré : « ${'t'.repeat(40)}… ».`,
    ]);
  });
});

describe('near-me, overlay, territory panel and link depth', () => {
  it('reads a commune code or a latitude,longitude pair', () => {
    expect(parseParams('near=2a004').state.near).toEqual({ kind: 'commune', code: '2A004' });
    expect(parseParams('near=46.58,0.34').state.near).toEqual({ kind: 'point', lat: 46.58, lon: 0.34 });
    expect(serializeParams({ ...DEFAULT_URL_STATE, near: { kind: 'point', lat: 46.580212, lon: 0.3404 } })).toBe('near=46.5802,0.3404');
  });

  it('ignores an unreadable place, radius, overlay, territory or depth with a notice', () => {
    const { state, notices } = parseParams('near=91,200&radius=30&overlay=<b>&area=r7&depth=3');
    expect(state.near).toBeNull();
    expect(state.radius).toBe(25);
    expect(state.overlay).toBeNull();
    expect(state.area).toBeNull();
    expect(state.depth).toBe(1);
    expect(notices).toHaveLength(5);
  });

  it('keeps the overlay ids the map knows and ignores the others with a notice', () => {
    for (const id of ['fragility:chomage', 'fragility-dim:sociale', 'coverage-region', 'white:50', 'ranking:pauvrete']) {
      const { state, notices } = parseParams(`overlay=${id}`);
      expect(state.overlay, id).toBe(id);
      expect(notices, id).toEqual([]);
    }
    for (const id of ['fragility:bonheur', 'fragility-dim:chomage', 'white:30', 'heatmap']) {
      const { state, notices } = parseParams(`overlay=${id}`);
      expect(state.overlay, id).toBeNull();
      expect(notices, id).toEqual([`Calque inconnu ignoré : « ${id} ».`]);
    }
  });

  it('rejects a half-written position', () => {
    expect(parseParams('near=46.5,').state.near).toBeNull();
    expect(parseParams('near=,0.3').state.near).toBeNull();
  });

  it('normalises territory codes', () => {
    expect(parseParams('area=D2a').state.area).toBe('d2A');
    expect(parseParams('area=R84').state.area).toBe('r84');
  });

  it('leaves the defaults out of the URL', () => {
    expect(serializeParams({ ...DEFAULT_URL_STATE, radius: 25, depth: 1 })).toBe('');
    expect(parseParams('view=graph').state.view).toBe('graph');
  });
});

describe('formatCamera', () => {
  it('gives more decimals at higher zooms', () => {
    expect(formatCamera({ zoom: 5, lat: 46.123456, lon: 2.123456 })).toBe('5/46.12/2.12');
    expect(formatCamera({ zoom: 14, lat: 46.123456, lon: 2.123456 })).toBe('14/46.12346/2.12346');
  });
});

describe('the parameter table', () => {
  type Entry = UrlParam<unknown> | Record<string, UrlParam<unknown>>;
  const isParam = (entry: Entry): entry is UrlParam<unknown> => typeof entry.read === 'function';
  const record = (value: unknown) => value as Record<string, unknown>;
  /** Each parameter, with the default state where only its field takes the value it has in `full`. */
  const cases = Object.entries(URL_PARAMS as Record<string, Entry>).flatMap(([field, entry]) => {
    const only = (value: unknown) => ({ ...DEFAULT_URL_STATE, [field]: value }) as UrlState;
    if (isParam(entry)) return [{ path: field, param: entry, value: record(full)[field], state: only(record(full)[field]) }];
    return Object.entries(entry).map(([sub, param]) => {
      const value = record(record(full)[field])[sub];
      return { path: `${field}.${sub}`, param, value, state: only({ ...record(record(DEFAULT_URL_STATE)[field]), [sub]: value }) };
    });
  });

  it('has one entry per field of the state, filters included', () => {
    expect(cases.map((c) => c.path)).toEqual([
      ...Object.keys(EMPTY_FILTERS).map((key) => `filters.${key}`),
      ...Object.keys(full).filter((key) => key !== 'filters'),
    ]);
    expect(new Set(Object.values(PARAMS)).size).toBe(cases.length);
  });

  it.each(cases)('$path round-trips a value other than its default', ({ param, value, state }) => {
    expect(value).not.toEqual(param.default);
    expect(param.write(param.default)).toBeNull();
    const query = serializeParams(state);
    expect([...new URLSearchParams(query).keys()]).toEqual([param.name]);
    expect(parseParams(query)).toEqual({ state, notices: [] });
  });

  it('reads an empty query as the defaults', () => {
    expect(parseParams('')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
    expect(DEFAULT_URL_STATE.filters).toEqual(EMPTY_FILTERS);
  });
});
