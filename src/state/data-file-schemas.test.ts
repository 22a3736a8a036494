/**
 * Every file the app loads is checked whole against its schema: the files `npm run data` builds
 * pass, and a file of the right outline with a hole in it (the hostile `meta-*.json`, a basemap
 * without names, a fragility index without its source) is refused with the path of the hole, so
 * that the app says « n’a pas la forme attendue » instead of breaking a view later.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BasemapTopologySchema } from '../core/basemap-schema';
import { FragilitySchema } from '../core/fragility-schema';
import { DatasetMetaSchema } from '../core/schema';
import { LinkColumnsFileSchema } from '../core/link-columns';
import { ActorColumnsSchema } from '../core/actor-columns';
import { bySchema } from './queries';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const json = (path: string): unknown => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
const built = (file: string) => json(`public/data/${file}`);
const hostile = (file: string) => json(`tests/fixtures/hostile/${file}`);

/** What the app would say is wrong with `value` (null when it is accepted). */
function detail(schema: Parameters<typeof bySchema>[0], value: unknown): string | null {
  const result = bySchema(schema)(value);
  return result.ok ? null : result.detail;
}

/** A deep copy of `value` changed by `edit`. */
function edited<T>(value: T, edit: (copy: T) => void): T {
  const copy = structuredClone(value);
  edit(copy);
  return copy;
}

describe('the files npm run data builds', () => {
  it.each([
    ['meta.json', DatasetMetaSchema],
    ['actors.columns.json', ActorColumnsSchema],
    ['links.columns.json', LinkColumnsFileSchema],
    ['fragility.json', FragilitySchema],
    ['basemap-overview.topo.json', BasemapTopologySchema],
    ['basemap.topo.json', BasemapTopologySchema],
  ] as const)('%s passes its schema', (file, schema) => {
    expect(detail(schema, built(file))).toBeNull();
  });
});

describe('meta.json', () => {
  type Meta = { counts: Record<string, unknown> & { byPractice: Record<string, unknown> }; [key: string]: unknown };
  const good = built('meta.json') as Meta;

  it.each([
    ['meta-empty-counts.json', 'counts.actors: expected number'],
    ['meta-null-practices.json', 'counts.byPractice: expected record'],
  ])('refuses the hostile %s, counts that the summary would read', (file, expected) => {
    expect(detail(DatasetMetaSchema, hostile(file))).toBe(expected);
  });

  it.each<[string, (meta: Meta) => void, string]>([
    ['a practice missing from byPractice', (m) => delete m.counts.byPractice['lieu'], 'counts.byPractice.lieu: expected number'],
    ['a count in words', (m) => (m.counts['actors'] = '384'), 'counts.actors: expected number'],
    ['a negative count', (m) => (m.counts['links'] = -1), 'counts.links: too small (at least 0)'],
    ['no date', (m) => delete m['builtAt'], 'builtAt: expected string'],
    ['no problem counts', (m) => delete m['problems'], 'problems: expected object'],
  ])('refuses %s', (_, edit, expected) => {
    expect(detail(DatasetMetaSchema, edited(good, edit))).toBe(expected);
  });

  it('refuses what is not an object', () => {
    expect(detail(DatasetMetaSchema, [])).toBe('file: expected object');
    expect(detail(DatasetMetaSchema, null)).toBe('file: expected object');
  });
});

describe('the basemap', () => {
  type Geometry = { type: string; properties: Record<string, unknown>; arcs?: unknown; coordinates?: unknown };
  type Topology = { arcs: unknown[][]; objects: Record<'regions' | 'departements' | 'labels', { geometries: Geometry[] }> };
  const good = built('basemap-overview.topo.json') as Topology;

  it.each<[string, (t: Topology) => void, string]>([
    [
      'a région without its name',
      (t) => delete t.objects.regions.geometries[0]!.properties['nom'],
      'objects.regions.geometries.0.properties.nom: expected string',
    ],
    [
      'a département without its région',
      (t) => delete t.objects.departements.geometries[3]!.properties['region'],
      'objects.departements.geometries.3.properties.region: expected string',
    ],
    [
      'a label of an unknown level',
      (t) => (t.objects.labels.geometries[0]!.properties['level'] = 'commune'),
      'objects.labels.geometries.0.properties.level: expected one of "region", "departement"',
    ],
    ['a collection missing', (t) => delete (t.objects as Partial<Topology['objects']>).labels, 'objects.labels: expected object'],
    ['an arc position in words', (t) => (t.arcs[2]![1] = ['12', '4']), 'arcs: arcs must be lists of positions'],
    [
      'a polygon without arcs',
      (t) => delete t.objects.regions.geometries[1]!.arcs,
      'objects.regions.geometries.1.arcs: arcs must be lists of arc indices',
    ],
    [
      'an arc index that is not a whole number',
      (t) => ((t.objects.departements.geometries[2]!.arcs as unknown[][])[0]![0] = 1.5),
      'objects.departements.geometries.2.arcs: arcs must be lists of arc indices',
    ],
  ])('refuses %s', (_, edit, expected) => {
    expect(detail(BasemapTopologySchema, edited(good, edit))).toBe(expected);
  });
});

describe('fragility.json', () => {
  type Fragility = { indices: Record<string, unknown>[]; national: unknown };
  const good = built('fragility.json') as Fragility;

  it.each<[string, (f: Fragility) => void, string]>([
    ['an index without its source', (f) => delete f.indices[0]!['source'], 'indices.0.source: expected string'],
    [
      'an index of an unknown dimension',
      (f) => (f.indices[1]!['dimension'] = 'morale'),
      'indices.1.dimension: expected one of "economique", "sociale", "societale", "environnementale"',
    ],
    [
      'a value without its score',
      (f) => delete (f.indices[2]!['values'] as Record<string, Record<string, unknown>>)['84']!['score'],
      'indices.2.values.84.score: expected number',
    ],
    ['no national figure', (f) => delete (f as Partial<Fragility>).national, 'national: expected object'],
  ])('refuses %s', (_, edit, expected) => {
    expect(detail(FragilitySchema, edited(good, edit))).toBe(expected);
  });
});
