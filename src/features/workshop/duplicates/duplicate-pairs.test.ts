import { actor as fixtureActor } from '../../../../tests/fixtures/actors';
import { describe, expect, it } from 'vitest';
import { findDuplicatePairs, findDuplicates, type DuplicateRow } from './duplicate-pairs';
import { emailKey, websiteKey } from './contact-keys';
import { nameKey, nameSimilarity } from './name-key';
import { explainPair } from './explain';
import type { ActorRecordFeature } from '../../../core/model';

// Commune centres (rounded): close enough for the distances the tests need.
const POITIERS = {
  commune: '86194',
  communeName: 'Poitiers',
  departement: '86',
  region: '75',
  point: [0.3404, 46.5802] as [number, number],
};
const BUXEROLLES = {
  commune: '86041',
  communeName: 'Buxerolles',
  departement: '86',
  region: '75',
  point: [0.3664, 46.6047] as [number, number],
};
const BORDEAUX = {
  commune: '33063',
  communeName: 'Bordeaux',
  departement: '33',
  region: '75',
  point: [-0.5792, 44.8378] as [number, number],
};
const LYON = { commune: '69123', communeName: 'Lyon', departement: '69', region: '84', point: [4.8357, 45.764] as [number, number] };

type Place = typeof POITIERS;

/** Numbers are formatted with a no-break space, narrow or not depending on the ICU version. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

function actor(id: string, name: string, place: Place | null, extra: Partial<ActorRecordFeature['properties']> = {}): ActorRecordFeature {
  const where = place
    ? { region: place.region, departement: place.departement, commune: place.commune, communeName: place.communeName }
    : {};
  return fixtureActor({ id, name, ...where, precision: place ? 'commune' : 'none', qualification: 0.5, ...extra }, place?.point ?? null);
}

describe('name keys', () => {
  it('folds case, accents and punctuation and drops small words', () => {
    const key = nameKey('Association « Les Amis du Vieux-Moulin » & Cie');
    expect(key.words).toEqual(['association', 'amis', 'vieux', 'moulin', 'cie']);
    expect(key.weights).toEqual([0.3, 1, 1, 1, 1]);
    expect(key.core).toBe('amisvieuxmoulincie');
  });

  it('blocks a name by its distinctive words, or its common ones when it has no other', () => {
    expect(nameKey('Tiers-lieu La Fabrique').keys).toEqual(['fabr']);
    expect(nameKey('Maison des associations').keys).toEqual(['mais', 'asso']);
  });

  it('finds the same name under different spellings', () => {
    const sim = (x: string, y: string) => nameSimilarity(nameKey(x), nameKey(y));
    expect(sim('Association Les Amis du Vieux Moulin', 'Les amis du vieux-moulin')).toBeGreaterThanOrEqual(0.9);
    expect(sim('Tiers-lieu La Fabrique', 'TIERS LIEU LA FABRIQE')).toBeGreaterThanOrEqual(0.8);
    expect(sim('Café associatif Le Pied à Terre', 'Cafe associatif le pied a terre')).toBe(1);
  });

  it('keeps names that share only common words apart', () => {
    const sim = (x: string, y: string) => nameSimilarity(nameKey(x), nameKey(y));
    expect(sim('Maison de quartier Saint-Éloi', 'Maison de quartier des Couronneries')).toBeLessThan(0.5);
    expect(sim('France Services Poitiers', 'France Services Châtellerault')).toBeLessThan(0.5);
  });
});

describe('websites and emails', () => {
  it('compares websites by host and path, whatever the scheme, www, case or trailing slash', () => {
    expect(websiteKey('https://www.Exemple.fr/Asso/')).toBe('exemple.fr/asso');
    expect(websiteKey('http://exemple.fr/asso')).toBe('exemple.fr/asso');
    expect(websiteKey('exemple.fr/asso/index.html')).toBe('exemple.fr/asso');
    expect(websiteKey('https://exemple.fr/')).toBe('exemple.fr');
    expect(websiteKey('https://exemple.fr/?id=12')).toBe('exemple.fr?id=12');
    expect(websiteKey('mailto:contact@exemple.fr')).toBe('');
    expect(websiteKey('non communiqué')).toBe('');
  });

  it('compares emails in lower case', () => {
    expect(emailKey(' Contact@Exemple.FR ')).toBe('contact@exemple.fr');
    expect(emailKey('mailto:contact@exemple.fr')).toBe('contact@exemple.fr');
    expect(emailKey('pas de courriel')).toBe('');
  });
});

describe('findDuplicatePairs', () => {
  it('pairs close names in the same commune, with the score, the reasons and a French explanation', () => {
    const pairs = findDuplicatePairs([
      actor('amis-moulin', 'Association Les Amis du Vieux Moulin', POITIERS),
      actor('autre', 'Compagnie du Théâtre', POITIERS),
      actor('amis-moulin-2', 'Les amis du vieux-moulin', POITIERS),
    ]);
    expect(pairs.map((p) => ({ ...p, explanation: plain(p.explanation) }))).toEqual([
      {
        a: 'amis-moulin',
        b: 'amis-moulin-2',
        score: 0.951,
        reasons: ['name', 'place'],
        nameSimilarity: 0.951,
        distanceKm: 0,
        place: 'same-commune',
        explanation: 'noms proches (95 %), même commune',
      },
    ]);
  });

  it('pairs close names a few km apart and says the distance', () => {
    const [pair] = findDuplicatePairs([
      actor('fab-1', 'Tiers-lieu La Fabrique', POITIERS),
      actor('fab-2', 'Tiers lieu la Fabriqe', BUXEROLLES),
    ]);
    expect(pair?.place).toBe('near');
    expect(pair?.distanceKm).toBeCloseTo(3.4, 1);
    expect(pair?.reasons).toEqual(['name', 'place']);
    expect(plain(pair?.explanation ?? '')).toMatch(/^noms proches \(\d+ %\), à 3,4 km$/);
    expect(pair?.score).toBeGreaterThan(0.6);
    expect(pair?.score).toBeLessThan(1);
  });

  it('does not pair the same name in two far-apart communes', () => {
    expect(
      findDuplicatePairs([actor('mda-bordeaux', 'Maison des associations', BORDEAUX), actor('mda-lyon', 'Maison des associations', LYON)]),
    ).toEqual([]);
  });

  it('pairs the same website whatever the place, and says how far apart the rows are', () => {
    const [pair] = findDuplicatePairs([
      actor('a', 'Collectif Alpha', BORDEAUX, { website: 'https://www.alpha.org/' }),
      actor('b', 'Réseau Beta', LYON, { website: 'http://alpha.org' }),
    ]);
    expect(pair?.reasons).toEqual(['website']);
    expect(pair?.place).toBe('far');
    expect(plain(pair?.explanation ?? '')).toMatch(/^même site web ; à 4\d\d km$/);
    expect(pair?.score).toBeCloseTo(0.55, 1);
  });

  it('reads emails through the accessor given', () => {
    const emails: Record<string, string> = { a: 'contact@alpha.org', b: 'CONTACT@alpha.org' };
    const pairs = findDuplicatePairs([actor('a', 'Collectif Alpha', POITIERS), actor('b', 'Alpha', POITIERS)], {
      email: (f) => emails[f.properties.id],
    });
    expect(pairs.map((p) => [p.a, p.b, p.reasons])).toEqual([['a', 'b', ['name', 'place', 'email']]]);
    expect(plain(pairs[0]?.explanation ?? '')).toBe('noms proches (86 %), même commune ; même courriel');
  });

  it('pairs rows without a seat only with each other, and rows known by their département with the rows there', () => {
    const atPrefecture = { ...POITIERS, commune: '' };
    const pairs = findDuplicatePairs([
      actor('national', 'Réseau des fabriques', null),
      actor('national-2', 'Réseau des fabriques', null),
      actor('local', 'Réseau des fabriques', BUXEROLLES),
      actor('vague', 'Les Fabriques réseau', atPrefecture, { precision: 'departement' }),
    ]);
    expect(pairs.map((p) => [p.a, p.b, p.place])).toEqual([
      ['national', 'national-2', 'no-place'],
      ['local', 'vague', 'same-departement'],
    ]);
    expect(pairs[0]?.explanation).toBe('même nom, toutes deux sans implantation');
  });

  it('leaves out the pairs already decided, in either order', () => {
    const actors = [
      actor('x', 'Collectif Alpha', POITIERS),
      actor('y', 'Collectif Alpha', POITIERS),
      actor('z', 'Collectif Alpha', POITIERS),
    ];
    const pairs = findDuplicatePairs(actors, { exclude: [['y', 'x']] });
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['x-z', 'y-z']);
  });

  it('explains in English too', () => {
    expect(plain(explainPair({ reasons: ['name', 'place', 'website'], nameSimilarity: 0.92, distanceKm: 0.4, place: 'near' }, 'en'))).toBe(
      'similar names (92%), 0.4 km apart ; same website',
    );
  });
});

describe('blocking', () => {
  it('compares a capped block by sorted neighbourhood and still finds the near-identical names', () => {
    const rows: DuplicateRow[] = [];
    // Every name has the same two keys (« exem », « zorg »): both blocks hold all 501 rows.
    for (let i = 0; i < 500; i += 1) rows.push(row(`r${i}`, `Exemple Zorglub${syllables(i)}`));
    rows.push(row('twin', `Exemple Zorglub${syllables(250)}`));
    const { pairs, stats } = findDuplicates(rows, { maxBlockSize: 50, window: 5 });
    expect(pairs.map((p) => [p.a, p.b])).toContainEqual(['r250', 'twin']);
    expect(stats.cappedBlocks).toBeGreaterThan(0);
    // All pairs would be 125,750 comparisons.
    expect(stats.comparisons).toBeLessThan(10_000);
  });

  it('finds the duplicates among 100,000 generated actors in a few seconds (timing logged, not asserted)', () => {
    const rows = generatedRows(100_000);
    const { result, ms, cpuMs } = timed(() => findDuplicates(rows));
    logSearch('distinct names', result, ms, cpuMs);
    // Every planted twin is found.
    const found = new Set(result.pairs.map((p) => `${p.a}|${p.b}`));
    for (let i = 0; i < 100_000; i += 1000) expect(found.has(`g${i}|twin${i}`), `g${i}`).toBe(true);
  }, 120_000);

  it('stays bounded when 100,000 names repeat a pattern per commune with a number, as the sample data does', () => {
    const rows = generatedRows(100_000, { repeated: true });
    const { result, ms, cpuMs } = timed(() => findDuplicates(rows));
    logSearch('repeated names', result, ms, cpuMs);
    // « … de Ville12 (2) » and « … de Ville12 (3) » differ by their numbers: only the planted twins pair.
    expect(result.pairs.length).toBe(100);
    expect(result.stats.comparisons).toBeLessThan(rows.length * 100);
  }, 120_000);
});

function timed<T>(run: () => T): { result: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { result, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

function logSearch(label: string, { pairs, stats }: ReturnType<typeof findDuplicates>, ms: number, cpuMs: number): void {
  console.log(
    `duplicates (${label}): ${stats.rows} rows, ${stats.comparisons} comparisons, ${stats.blocks} blocks ` +
      `(${stats.cappedBlocks} capped at ${stats.maxBlockSize}, largest ${stats.largestBlock}), ${pairs.length} pairs, ` +
      `${Math.round(ms)} ms (${Math.round(cpuMs)} ms of CPU)`,
  );
}

function row(id: string, name: string, point: [number, number] = POITIERS.point, commune = POITIERS.commune): DuplicateRow {
  return { id, name, commune, departement: '86', region: '75', precision: 'commune', point, website: '', email: '' };
}

const SYLLABLES = ['ba', 'lo', 'ri', 'ne', 'tu', 'ma', 'se', 'vo', 'ki', 'pa', 'do', 'fe', 'gu', 'ja', 'zo', 'mi'];

function syllables(i: number): string {
  return made(i);
}

/**
 * Rows shaped like the sample data (« Exemple – » and a few patterns in every name, 33 rows per
 * commune), each name made distinct by a made-up word (or by a number, `repeated`); a twin (same name in capitals, dashes for
 * spaces) every 1,000 rows.
 */
function generatedRows(count: number, { repeated = false } = {}): DuplicateRow[] {
  const patterns = [
    'Maison des coopérations',
    'Collectif Agir ensemble',
    'Tiers-lieu des Alliances',
    'Fabrique d’initiatives',
    'Association Passerelles',
    'Coopérative Liens',
  ];
  const rows: DuplicateRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const commune = (i * 7919) % 3000;
    const point: [number, number] = [-1.5 + (commune % 60) * 0.12, 43.5 + Math.floor(commune / 60) * 0.1];
    const name = `Exemple – ${patterns[i % patterns.length]} ${repeated ? `de Ville${commune} (${Math.floor(i / 3000) + 2})` : made(i)}`;
    const website = i % 3 === 0 ? `https://exemple-${i}.fr` : '';
    const base = {
      id: `g${i}`,
      name,
      commune: `C${commune}`,
      departement: String(commune % 95),
      region: '',
      precision: 'commune' as const,
      point,
      website,
      email: '',
    };
    rows.push(base);
    if (i % 1000 === 0) rows.push({ ...base, id: `twin${i}`, name: name.toUpperCase().replace(/ /g, '-'), website: '' });
  }
  return rows;
}

/** A made-up word for each number (five syllables of 16). */
function made(i: number): string {
  let text = '';
  for (let k = 0, rest = i; k < 5; k += 1, rest = Math.floor(rest / SYLLABLES.length)) text += SYLLABLES[rest % SYLLABLES.length];
  return text;
}
