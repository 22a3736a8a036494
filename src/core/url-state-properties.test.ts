/**
 * Properties of the URL state over generated links: no query string, however crafted, makes
 * `parseParams` throw; what it reads, written back, is a fixed point; and every valid state
 * survives the trip through its URL unchanged (filters, camera, near-me, overlay, area, depth…).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Filters } from './filters';
import { DEPARTEMENT_CODES, REGION_CODES } from './grammar/insee';
import {
  LIST_SORTS,
  PARAMS,
  RADII,
  VIEW_MODES,
  parseParams,
  serializeParams,
  type Camera,
  type NearQuery,
  type UrlState,
} from './url-state';
import { KINDS, PRACTICES, PROFILES, SCOPES } from './vocabulary';

const CONTROL = /[\u0000-\u001F\u007F]/;

/** Text a person could type: any Unicode but control characters, trimmed. */
const typed = (maxLength: number) =>
  fc
    .string({ unit: 'grapheme', maxLength })
    .map((s) => s.trim())
    .filter((s) => !CONTROL.test(s) && s.length <= maxLength);

// Only the codes that exist survive the trip (a well-formed unknown one is dropped with a notice).
const region = fc.constantFrom(...REGION_CODES);
const departement = fc.constantFrom(...DEPARTEMENT_CODES);

const filters: fc.Arbitrary<Filters> = fc.record({
  practices: fc.shuffledSubarray([...PRACTICES.codes]),
  profiles: fc.shuffledSubarray([...PROFILES.codes]),
  scopes: fc.shuffledSubarray([...SCOPES.codes]),
  kinds: fc.shuffledSubarray([...KINDS.codes]),
  themes: fc.uniqueArray(
    typed(60).filter((t) => t !== '' && !t.includes(',')),
    { maxLength: 5 },
  ),
  regions: fc.uniqueArray(region, { maxLength: 4 }),
  departements: fc.uniqueArray(departement, { maxLength: 4 }),
  data: fc.constantFrom('all' as const, 'real' as const, 'sample' as const),
  minQualification: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  text: typed(200),
});

/** A camera as the URL writes it: the decimals its zoom needs (see formatCamera). */
const camera: fc.Arbitrary<Camera> = fc.integer({ min: 0, max: 2200 }).chain((z) => {
  const zoom = z / 100;
  const decimals = Math.max(0, Math.min(6, Math.ceil(zoom * Math.log10(2))));
  const scale = 10 ** decimals;
  return fc.record({
    zoom: fc.constant(zoom),
    lat: fc.integer({ min: -85 * scale, max: 85 * scale }).map((n) => n / scale),
    lon: fc.integer({ min: -180 * scale, max: 180 * scale }).map((n) => n / scale),
  });
});

const near: fc.Arbitrary<NearQuery> = fc.oneof(
  fc.oneof(fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^2[AB]\d{3}$/)).map((code) => ({ kind: 'commune' as const, code })),
  fc.record({
    kind: fc.constant('point' as const),
    lat: fc.integer({ min: -900_000, max: 900_000 }).map((n) => n / 10_000),
    lon: fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 10_000),
  }),
);

/** The parameters that hold comma-separated lists. */
const LIST_NAMES: ReadonlySet<string> = new Set([
  PARAMS.practices,
  PARAMS.profiles,
  PARAMS.scopes,
  PARAMS.kinds,
  PARAMS.themes,
  PARAMS.regions,
  PARAMS.departements,
]);

const validState: fc.Arbitrary<UrlState> = fc.record({
  filters,
  selected: fc.option(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/), { nil: null }),
  view: fc.constantFrom(...VIEW_MODES),
  camera: fc.option(camera, { nil: null }),
  lang: fc.constantFrom('fr' as const, 'en' as const),
  sort: fc.constantFrom(...LIST_SORTS),
  inView: fc.boolean(),
  near: fc.option(near, { nil: null }),
  radius: fc.constantFrom(...RADII),
  // Only the ids the map knows survive the trip (an unknown one is dropped with a notice).
  overlay: fc.option(
    fc.constantFrom(
      'coverage',
      'coverage-region',
      'white:25',
      'ranking:chomage',
      'fragility:chomage',
      'fragility:dechets',
      'fragility-dim:sociale',
    ),
    { nil: null },
  ),
  area: fc.option(
    fc.oneof(
      region.map((r) => `r${r}`),
      departement.map((d) => `d${d}`),
    ),
    { nil: null },
  ),
  depth: fc.constantFrom(1 as const, 2 as const),
  preview: fc.boolean(),
});

/** Query strings built from the real parameter names with hostile values, and plain noise. */
const VALUE_PIECES = [
  '',
  ',',
  ',,',
  '%',
  '%2',
  '%ZZ',
  '%00',
  '%E9',
  '%C3%A9',
  '+',
  '/',
  '=',
  '&',
  '#',
  '?',
  '<script>',
  'javascript:alert(1)',
  '1e9',
  '-0',
  'NaN',
  'Infinity',
  '2A',
  '2a',
  'r84',
  'D2b',
  '99',
  '977',
  'r99',
  '46.58,0.34',
  '86194',
  '6/46.5/2.5',
  '99/0/0',
  'dialogue',
  'lieu',
  '__proto__',
  'constructor',
  '\u202E',
  '😀',
  ' ',
];
const hostileValue = fc
  .array(fc.oneof(fc.constantFrom(...VALUE_PIECES), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 5 })
  .map((p) => p.join(''));
const paramName = fc.oneof(
  fc.constantFrom(...Object.values(PARAMS)),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', 'near', 'embed'),
);
const hostileQuery = fc.oneof(
  fc.array(fc.tuple(paramName, hostileValue), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  fc.array(fc.tuple(paramName, hostileValue), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs).toString()),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('parseParams on crafted links', () => {
  it('never throws, and what it reads is a valid state', () => {
    fc.assert(
      fc.property(hostileQuery, fc.boolean(), (query, withQuestionMark) => {
        const { state, notices } = parseParams((withQuestionMark ? '?' : '') + query);
        expect(notices.every((n) => typeof n === 'string' && n.length < 300)).toBe(true);
        expect(state.filters.text.length).toBeLessThanOrEqual(200);
        expect(CONTROL.test(state.filters.text)).toBe(false);
        expect(state.filters.minQualification).toBeGreaterThanOrEqual(0);
        expect(state.filters.minQualification).toBeLessThanOrEqual(1);
        if (state.camera) expect(Number.isFinite(state.camera.zoom + state.camera.lat + state.camera.lon)).toBe(true);
        expect(RADII).toContain(state.radius);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads its own writing back exactly: serialize(parse(x)) is a fixed point, without notices', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const once = serializeParams(parseParams(query).state);
        const again = parseParams(once);
        expect(again.notices).toEqual([]);
        expect(serializeParams(again.state)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a valid state through its URL', () => {
  it('comes back unchanged, without notices', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: back, notices } = parseParams(serializeParams(state));
        expect(notices).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('comes back unchanged when its lists are written as repeated parameters', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const repeated = new URLSearchParams();
        for (const [name, value] of new URLSearchParams(serializeParams(state))) {
          const list = LIST_NAMES.has(name) ? value.split(',') : [value];
          for (const item of list) repeated.append(name, item);
        }
        expect(parseParams(repeated.toString())).toEqual({ state, notices: [] });
      }),
      { numRuns: 500 },
    );
  });
});
