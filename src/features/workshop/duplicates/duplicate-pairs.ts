/**
 * Possible duplicates among the actors of a sheet: pairs with close names at the same or a near
 * place, or with the same website or email, each with a score and the reasons. Nothing is merged
 * here: the workshop shows the pairs and the sheet's `doublon` column keeps the decisions.
 *
 * Not every pair is compared (100,000 rows would make 5 billion): rows are put in blocks and only
 * rows sharing a block are. A name falls in the blocks of its two rarest distinctive words (their
 * first letters, so that a typo at a word's end still meets), crossed with its place: a grid cell
 * of `maxKm` (a row looks in the cells its circle of `maxKm` can reach, 8 on average), or for rows
 * placed only at a département's or région's chef-lieu, that territory (where the precise rows of
 * the territory are put too). Rows without a seat meet each other only. Websites and emails have a
 * block each. A block above `maxBlockSize` rows (« exemple » in 100,000 sample names) is not
 * compared whole: a row meets only the `window` rows on each side of it in the block sorted by
 * name (sorted neighbourhood), and the search says how many blocks were so capped.
 *
 * Names with numbers are put in blocks of their numbers: names whose numbers differ are never
 * close (« Maison France Services 1 » and « 2 »), and 100,000 sample names that differ only by
 * their number (« … de Lyon (17) ») are not compared with each other.
 *
 * Two rows of the same commune more than `maxKm` apart (explicit coordinates in a large commune)
 * are not met by their names: the commune is not a block of its own.
 */
import turfDistance from '@turf/distance';
import type { ActorRecordFeature } from '../../../core/model';
import type { Lang, Precision } from '../../../core/vocabulary';
import { emailKey, websiteKey } from './contact-keys';
import { explainPair } from './explain';
import { keyOfWords, nameSimilarity, nameWords, type NameKey } from './name-key';

export type DuplicateReason = 'name' | 'place' | 'website' | 'email';

/**
 * Where two rows are from each other: `same-commune`, `near` (within `maxKm`), in the same
 * département or région when one of them is placed only at its chef-lieu, `no-place` (both
 * without a seat), or `far` (anything else: a close name there is another organisation).
 */
export type PlaceRelation = 'same-commune' | 'near' | 'same-departement' | 'same-region' | 'no-place' | 'far';

export interface DuplicatePair {
  /** Ids of the two rows, `a` being the earlier in the sheet. */
  a: string;
  b: string;
  /** 0–1, the higher the likelier. */
  score: number;
  reasons: DuplicateReason[];
  /** 0–1, see `nameSimilarity` (name-key.ts). */
  nameSimilarity: number;
  /** Straight-line distance between the two points, `null` when one has no place. */
  distanceKm: number | null;
  place: PlaceRelation;
  /** In French: « noms proches (92 %), à 0,4 km ; même site web ». */
  explanation: string;
}

/** What the search needs of an actor: a few plain fields, cheap to send to a worker. */
export interface DuplicateRow {
  id: string;
  name: string;
  commune: string;
  departement: string;
  region: string;
  precision: Precision;
  /** [longitude, latitude], or null. */
  point: [number, number] | null;
  website: string;
  email: string;
}

export interface DuplicateOptions {
  /** Rows this close (km) are at the same place. Default 5. */
  maxKm?: number;
  /** Names at least this similar (0–1) are close. Default 0.8. */
  minNameSimilarity?: number;
  /** Blocks above this many rows are compared by sorted neighbourhood only. Default 40. */
  maxBlockSize?: number;
  /** In a capped block, the rows met on each side of a row. Default 8. */
  window?: number;
  /** Pairs already decided (same or different, see the `doublon` column): not proposed again. */
  exclude?: Iterable<readonly [string, string]>;
  /** Language of the explanations. Default French. */
  lang?: Lang;
}

export interface DuplicateSearch {
  pairs: DuplicatePair[];
  stats: {
    rows: number;
    /** Pairs of rows compared. */
    comparisons: number;
    blocks: number;
    /** Blocks above `maxBlockSize`, compared by sorted neighbourhood. */
    cappedBlocks: number;
    largestBlock: number;
    maxBlockSize: number;
  };
}

export const DUPLICATE_DEFAULTS = { maxKm: 5, minNameSimilarity: 0.8, maxBlockSize: 40, window: 8 } as const;

/** The plain fields of an actor; `email` reads its email (by default, its published contact's). */
export function duplicateRow(
  actor: ActorRecordFeature,
  email: (actor: ActorRecordFeature) => string | undefined = (a) => a.properties.contact?.email,
): DuplicateRow {
  const p = actor.properties;
  const coordinates = actor.geometry?.coordinates;
  return {
    id: p.id,
    name: p.name,
    commune: p.commune,
    departement: p.departement,
    region: p.region,
    precision: p.precision,
    point: coordinates ? [coordinates[0], coordinates[1]] : null,
    website: p.website,
    email: email(actor) ?? '',
  };
}

/** The possible duplicates among `actors`, likeliest first. */
export function findDuplicatePairs(
  actors: readonly ActorRecordFeature[],
  options: DuplicateOptions & { email?: (actor: ActorRecordFeature) => string | undefined } = {},
): DuplicatePair[] {
  return findDuplicates(
    actors.map((a) => duplicateRow(a, options.email)),
    options,
  ).pairs;
}

interface Prepared {
  row: DuplicateRow;
  name: NameKey;
  website: string;
  email: string;
  /** Where the row stands: a real place, a chef-lieu only, or no place. */
  placement: 'precise' | 'departement' | 'region' | 'none';
  /** Position in km on a plane (longitudes shrunk by the latitude's cosine): close enough to tell « within `maxKm` » cheaply. */
  km: [number, number] | null;
  /** Grid cell of precise rows (`maxKm` wide), and where the row stands in it (0–1). */
  grid: { x: number; y: number; fx: number; fy: number } | null;
}

class Block {
  readonly members: number[] = [];
  private sorted: number[] | null = null;

  /** The members a row meets (`list[from]` to `list[to - 1]`): all of them, or those around `core` when the block is capped. */
  around(core: string, cores: readonly string[], cap: number, window: number): [list: readonly number[], from: number, to: number] {
    if (this.members.length <= cap) return [this.members, 0, this.members.length];
    this.sorted ??= [...this.members].sort((x, y) => compareText(cores[x] ?? '', cores[y] ?? '') || x - y);
    const sorted = this.sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareText(cores[sorted[mid] ?? 0] ?? '', core) < 0) low = mid + 1;
      else high = mid;
    }
    return [sorted, Math.max(0, low - window), Math.min(sorted.length, low + window + 1)];
  }
}

const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Km per degree of latitude; a degree of longitude is this times the cosine of the latitude. */
const KM_PER_DEGREE = 111.2;

/** The search itself, on plain rows (the worker's entry), with its counts. */
export function findDuplicates(rows: readonly DuplicateRow[], options: DuplicateOptions = {}): DuplicateSearch {
  const maxKm = options.maxKm ?? DUPLICATE_DEFAULTS.maxKm;
  const minName = options.minNameSimilarity ?? DUPLICATE_DEFAULTS.minNameSimilarity;
  const cap = options.maxBlockSize ?? DUPLICATE_DEFAULTS.maxBlockSize;
  const window = options.window ?? DUPLICATE_DEFAULTS.window;
  const lang = options.lang ?? 'fr';
  const excluded = new Set<string>();
  for (const [x, y] of options.exclude ?? []) excluded.add(pairKey(x, y));

  // In how many names each word is: words in many names weigh less (`frequencyWeight`).
  const words = rows.map((row) => [...new Set(nameWords(row.name))]);
  const namesWith = new Map<string, number>();
  for (const list of words) for (const w of list) namesWith.set(w, (namesWith.get(w) ?? 0) + 1);
  const prepared = rows.map((row, i) =>
    prepare(
      row,
      keyOfWords(words[i] ?? [], (w) => namesWith.get(w) ?? 1),
      maxKm,
    ),
  );
  const cores = prepared.map((p) => p.name.core);

  // How many names each word key is in: a name's rarest keys make the smallest blocks.
  const keyCounts = new Map<string, number>();
  for (const p of prepared) for (const k of p.name.keys) keyCounts.set(k, (keyCounts.get(k) ?? 0) + 1);
  const rareKeys = prepared.map((p) =>
    [...p.name.keys].sort((x, y) => (keyCounts.get(x) ?? 0) - (keyCounts.get(y) ?? 0) || compareText(x, y)).slice(0, 2),
  );

  // Names whose numbers differ are never close (« … (2) » and « … (3) », see `nameSimilarity`):
  // a numbered name is put in blocks of its numbers, where only the same numbers meet it.
  const numbered = prepared.map((p) => (p.name.numbers.length > 0 ? `#${[...p.name.numbers].sort().join(',')}` : ''));

  // Rows known only by their département or région look for the rows of that territory: only
  // those territories get blocks.
  const vague = new Set<string>();
  for (const p of prepared) {
    if (p.placement === 'departement' && p.row.departement) vague.add(`d:${p.row.departement}`);
    if (p.placement === 'region' && p.row.region) vague.add(`r:${p.row.region}`);
  }

  // Blocks by word key (`@site` and `@mail` for websites and emails: never a word), then by place
  // (a grid cell's number, a territory, `none`) or by address.
  const blocks = new Map<string, Map<string | number, Block>>();
  let blockCount = 0;
  const put = (key: string, place: string | number, i: number) => {
    let byPlace = blocks.get(key);
    if (!byPlace) blocks.set(key, (byPlace = new Map()));
    let block = byPlace.get(place);
    if (!block) {
      byPlace.set(place, (block = new Block()));
      blockCount += 1;
    }
    block.members.push(i);
  };
  for (let i = 0; i < prepared.length; i += 1) {
    const p = prepared[i] as Prepared;
    if (p.website) put('@site', p.website, i);
    if (p.email) put('@mail', p.email, i);
    const places = placesPut(p, vague);
    for (const k of rareKeys[i] ?? []) for (const place of places) put(`${k}${numbered[i]}`, place, i);
  }

  // A row meets each other row once (`metBy`); a pair met from both sides is kept once (`kept`).
  const n = prepared.length;
  const metBy = new Int32Array(n).fill(-1);
  const kept = new Set<number>();
  const pairs: DuplicatePair[] = [];
  let comparisons = 0;
  const meet = (i: number, block: Block | undefined) => {
    if (!block) return;
    const p = prepared[i] as Prepared;
    const [members, from, to] = block.around(p.name.core, cores, cap, window);
    for (let m = from; m < to; m += 1) {
      const j = members[m] as number;
      if (j === i || metBy[j] === i) continue;
      metBy[j] = i;
      const [first, second] = i < j ? [i, j] : [j, i];
      const key = first * n + second;
      if (kept.has(key)) continue;
      comparisons += 1;
      const pair = compare(prepared[first] as Prepared, prepared[second] as Prepared, maxKm, minName, lang);
      if (pair && !excluded.has(pairKey(pair.a, pair.b))) {
        kept.add(key);
        pairs.push(pair);
      }
    }
  };
  for (let i = 0; i < prepared.length; i += 1) {
    const p = prepared[i] as Prepared;
    if (p.website) meet(i, blocks.get('@site')?.get(p.website));
    if (p.email) meet(i, blocks.get('@mail')?.get(p.email));
    const places = placesLooked(p);
    for (const k of rareKeys[i] ?? []) {
      // A numbered name meets the names with the same numbers and those with none.
      for (const key of numbered[i] ? [`${k}${numbered[i]}`, k] : [k]) {
        const byPlace = blocks.get(key);
        if (byPlace) for (const place of places) meet(i, byPlace.get(place));
      }
    }
  }

  pairs.sort((x, y) => y.score - x.score || compareText(x.a, y.a) || compareText(x.b, y.b));
  let cappedBlocks = 0;
  let largestBlock = 0;
  for (const byPlace of blocks.values())
    for (const block of byPlace.values()) {
      if (block.members.length > cap) cappedBlocks += 1;
      largestBlock = Math.max(largestBlock, block.members.length);
    }
  return { pairs, stats: { rows: n, comparisons, blocks: blockCount, cappedBlocks, largestBlock, maxBlockSize: cap } };
}

/** The same key whatever the order of the two ids. */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}\n${y}` : `${y}\n${x}`;
}

function prepare(row: DuplicateRow, name: NameKey, maxKm: number): Prepared {
  const placement =
    row.point === null || row.precision === 'none'
      ? 'none'
      : row.precision === 'departement'
        ? 'departement'
        : row.precision === 'region'
          ? 'region'
          : 'precise';
  let grid: Prepared['grid'] = null;
  let km: Prepared['km'] = null;
  if (row.point) {
    const [lon, lat] = row.point;
    km = [lon * KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180), lat * KM_PER_DEGREE];
  }
  if (placement === 'precise' && km) {
    const x = km[0] / maxKm;
    const y = km[1] / maxKm;
    grid = { x: Math.floor(x), y: Math.floor(y), fx: x - Math.floor(x), fy: y - Math.floor(y) };
  }
  return { row, name, website: websiteKey(row.website), email: emailKey(row.email), placement, grid, km };
}

/** A grid cell's number (cells of `maxKm`: ±4,000 of them across the globe's width at 5 km). */
const cellNumber = (x: number, y: number): number => (x + 50_000) * 100_000 + (y + 50_000);

/** The place blocks a row is put in. Precise rows are put in their territory's block too when rows known only by that territory look there. */
function placesPut(p: Prepared, vague: ReadonlySet<string>): (string | number)[] {
  const { departement, region } = p.row;
  if (p.placement === 'none') return ['none'];
  const places: (string | number)[] = [];
  if (p.grid) places.push(cellNumber(p.grid.x, p.grid.y));
  if (p.placement !== 'region' && vague.has(`d:${departement}`)) places.push(`d:${departement}`);
  if (vague.has(`r:${region}`)) places.push(`r:${region}`);
  return places;
}

/**
 * The place blocks a row looks in. A precise row's circle of `maxKm` meets its cell, the four
 * beside it and those of the four corners it is close enough to.
 */
function placesLooked(p: Prepared): (string | number)[] {
  const { departement, region } = p.row;
  if (p.placement === 'none') return ['none'];
  if (p.placement === 'departement') return departement ? [`d:${departement}`] : [];
  if (p.placement === 'region') return region ? [`r:${region}`] : [];
  if (!p.grid) return [];
  const { x, y, fx, fy } = p.grid;
  const places: number[] = [];
  for (let dx = -1; dx <= 1; dx += 1)
    for (let dy = -1; dy <= 1; dy += 1) {
      if (dx !== 0 && dy !== 0) {
        const cornerX = dx < 0 ? fx : 1 - fx;
        const cornerY = dy < 0 ? fy : 1 - fy;
        if (cornerX * cornerX + cornerY * cornerY > 1) continue;
      }
      places.push(cellNumber(x + dx, y + dy));
    }
  return places;
}

function compare(x: Prepared, y: Prepared, maxKm: number, minName: number, lang: Lang): DuplicatePair | null {
  const sameWebsite = x.website !== '' && x.website === y.website;
  const sameEmail = x.email !== '' && x.email === y.email;
  // Most rows met are neither of the same commune nor within `maxKm`: told apart on the plane,
  // before the names are compared (with 1 % to spare for the plane's approximation).
  if (!sameWebsite && !sameEmail && x.placement === 'precise' && y.placement === 'precise' && x.km && y.km) {
    const sameCommune = x.row.commune !== '' && x.row.commune === y.row.commune;
    if (!sameCommune && Math.hypot(x.km[0] - y.km[0], x.km[1] - y.km[1]) > maxKm * 1.01) return null;
  }
  const similarity = round(nameSimilarity(x.name, y.name), 3);
  if (similarity < minName && !sameWebsite && !sameEmail) return null;
  const distanceKm = x.row.point && y.row.point ? round(turfDistance(x.row.point, y.row.point, { units: 'kilometers' }), 2) : null;
  const place = relation(x, y, distanceKm, maxKm);
  const sameName = similarity >= minName && place !== 'far';
  if (!sameName && !sameWebsite && !sameEmail) return null;

  const closeness = closenessOf(place, distanceKm, maxKm);
  const evidence = [
    sameName ? similarity * (0.6 + 0.4 * closeness) : 0,
    sameWebsite ? 0.55 + 0.25 * similarity + 0.15 * closeness : 0,
    sameEmail ? 0.6 + 0.25 * similarity + 0.1 * closeness : 0,
  ];
  const score = round(1 - evidence.reduce((rest, e) => rest * (1 - e), 1), 3);
  const reasons: DuplicateReason[] = [];
  if (sameName) reasons.push('name');
  if (place === 'same-commune' || place === 'near') reasons.push('place');
  if (sameWebsite) reasons.push('website');
  if (sameEmail) reasons.push('email');
  const pair = { a: x.row.id, b: y.row.id, score, reasons, nameSimilarity: similarity, distanceKm, place, explanation: '' };
  pair.explanation = explainPair(pair, lang);
  return pair;
}

function relation(x: Prepared, y: Prepared, distanceKm: number | null, maxKm: number): PlaceRelation {
  if (x.placement === 'none' || y.placement === 'none') return x.placement === y.placement ? 'no-place' : 'far';
  if (x.row.commune !== '' && x.row.commune === y.row.commune) return 'same-commune';
  if (x.placement === 'precise' && y.placement === 'precise') return distanceKm !== null && distanceKm <= maxKm ? 'near' : 'far';
  if (x.placement !== 'region' && y.placement !== 'region' && x.row.departement !== '' && x.row.departement === y.row.departement)
    return 'same-departement';
  if (x.row.region !== '' && x.row.region === y.row.region) return 'same-region';
  return 'far';
}

/** How much the place adds to a name's likeness (0–1). */
function closenessOf(place: PlaceRelation, distanceKm: number | null, maxKm: number): number {
  switch (place) {
    case 'same-commune':
      return 1;
    case 'near':
      return 1 - (0.5 * (distanceKm ?? maxKm)) / maxKm;
    case 'no-place':
      return 0.5;
    case 'same-departement':
      return 0.4;
    case 'same-region':
      return 0.3;
    case 'far':
      return 0;
  }
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;
