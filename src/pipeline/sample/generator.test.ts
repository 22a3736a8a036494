import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleInputs } from '../../../scripts/generate-sample-inputs';
import { toCsv } from '../../core/csv';
import type { Gazetteer } from '../../core/gazetteer';
import { ACTOR_HEADER, DEFAULT_SAMPLE_OPTIONS, generateSample, LINK_HEADER, type SampleTables } from './generator';
import { createRandom } from './random';
import { PRACTICES, PROFILES } from '../../core/vocabulary';

const ROOT = resolve(__dirname, '../../..');
const col = (name: (typeof ACTOR_HEADER)[number]) => ACTOR_HEADER.indexOf(name);

describe('generateSample', () => {
  let inputs: ReturnType<typeof sampleInputs>;
  let tables: SampleTables;
  beforeAll(async () => {
    const gazetteer = JSON.parse(await readFile(resolve(ROOT, 'public/data/gazetteer.json'), 'utf8')) as Gazetteer;
    inputs = sampleInputs(gazetteer);
    tables = generateSample(inputs.communes, inputs.departements, DEFAULT_SAMPLE_OPTIONS);
  });

  it('is deterministic and matches the committed sample sheets', async () => {
    const again = generateSample(inputs.communes, inputs.departements, DEFAULT_SAMPLE_OPTIONS);
    expect(again).toEqual(tables);
    expect(toCsv([...ACTOR_HEADER], tables.actors)).toBe(await readFile(resolve(ROOT, 'data/sample-actors.csv'), 'utf8'));
    expect(toCsv([...LINK_HEADER], tables.links)).toBe(await readFile(resolve(ROOT, 'data/sample-links.csv'), 'utf8'));
  });

  it('gives other data for another seed', () => {
    const other = generateSample(inputs.communes, inputs.departements, { ...DEFAULT_SAMPLE_OPTIONS, seed: 7 });
    expect(other.actors[0]).not.toEqual(tables.actors[0]);
  });

  it('produces the requested numbers of actors, projects and links', () => {
    const kinds = tables.actors.map((r) => r[col('kind')]);
    expect(kinds.filter((k) => k === 'actor')).toHaveLength(DEFAULT_SAMPLE_OPTIONS.actors);
    expect(kinds.filter((k) => k === 'project')).toHaveLength(DEFAULT_SAMPLE_OPTIONS.projects);
    expect(tables.links).toHaveLength(DEFAULT_SAMPLE_OPTIONS.links);
  });

  it('marks every row as sample and names it "Exemple –"', () => {
    expect(tables.actors.every((r) => r[col('sample')] === 'oui' && r[col('name')]?.startsWith('Exemple – '))).toBe(true);
    expect(tables.links.every((r) => r[5] === 'oui')).toBe(true);
    expect(new Set(tables.actors.map((r) => r[col('name')])).size).toBe(tables.actors.length);
  });

  it('makes about a third of the organisations national networks', () => {
    const orgs = tables.actors.filter((r) => r[col('kind')] === 'actor');
    const share = orgs.filter((r) => r[col('scope')] === 'national').length / orgs.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.4);
  });

  it('uses all six profiles and all four practices', () => {
    expect(new Set(tables.actors.map((r) => r[col('profile')]))).toEqual(new Set(PROFILES.codes));
    const practices = new Set(tables.actors.flatMap((r) => (r[col('practices')] ?? '').split(';')));
    expect(practices).toEqual(new Set(PRACTICES.codes));
  });

  it('spreads actors by population: the Nord holds more than the Lozère, and overseas is present', () => {
    const count = (dep: string) => tables.actors.filter((r) => r[col('departement')] === dep).length;
    expect(count('59')).toBeGreaterThan(count('48'));
    expect(['971', '972', '973', '974', '976'].map(count).reduce((a, b) => a + b)).toBeGreaterThan(0);
  });

  it('keeps most partnerships within one département', () => {
    const depOf = new Map(tables.actors.map((r) => [r[col('id')], r[col('departement')]]));
    const partners = tables.links.filter((l) => l[2] === 'partenaire');
    const local = partners.filter((l) => depOf.get(l[0]) !== '' && depOf.get(l[0]) === depOf.get(l[1]));
    expect(local.length / partners.length).toBeGreaterThan(0.5);
  });

  it('has catalysts that link to five other profiles (bridging many worlds)', () => {
    const profileOf = new Map(tables.actors.map((r) => [r[col('id')], r[col('profile')]]));
    const worlds = new Map<string, Set<string>>();
    for (const [s, t] of tables.links) {
      if (!s || !t) continue;
      const set = worlds.get(s) ?? new Set();
      set.add(profileOf.get(t) ?? '');
      worlds.set(s, set);
    }
    const bridges = [...worlds.values()].filter((set) => set.size >= 5);
    expect(bridges.length).toBeGreaterThanOrEqual(10);
  });
});

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect([a.next(), a.next(), a.next()]).toEqual([b.next(), b.next(), b.next()]);
  });

  it('draws integers within bounds', () => {
    const r = createRandom(1);
    const values = Array.from({ length: 1000 }, () => r.int(1, 3));
    expect(new Set(values)).toEqual(new Set([1, 2, 3]));
  });
});
