/**
 * The list's orders, worked out once per dataset and kept as typed arrays: the rows by name (the
 * French collation: accents and case aside, "Lieu 2" before "Lieu 10"), by place, by qualification.
 * After that, every sort of the list only reads them (and a sort by a network metric compares
 * integer ranks).
 *
 * Sorting 100,000 names with `Intl.Collator` takes over a second. Here each text is folded once
 * into a plain key (`collationKey`), the keys are sorted by plain string comparison, and one pass
 * of the collator over neighbours puts right the few rows the keys order differently (punctuation
 * mostly): the result is exactly the collator's order, ties in dataset order. Big datasets do it in
 * a worker (`list-order.worker.ts`), in steps of a few thousand rows that pause while a person acts.
 */
import type { DatasetIndex } from '../../core/dataset-index';
import { runSteps, sortInSteps } from '../../core/steps';

export const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** The work of `list-order.worker.ts` as the list names it when it awaits it (`awaitWork`). */
export const LIST_ORDERS_WORK = 'list-orders';

const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /[\u0300-\u036f]/g;
const DIGITS = /\d/;
/** Letters that lose no accent but stand for two, as the collator reads them. */
const EXPANSIONS: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', '’': "'" };

function numberKey(digits: string): string {
  const n = digits.replace(/^0+(?=\d)/, '');
  // '1' before a one-digit number, '2' before a two-digit one…: 2 < 10, digits still before letters.
  return String.fromCharCode(0x30 + Math.min(n.length, 0x2f)) + n;
}

/**
 * A text as a key that plain string comparison orders nearly as the French collator does: lower
 * case, no accents, each number prefixed by its count of digits. (Not `foldText`, which also drops
 * punctuation: measured four times slower on 100,000 names.)
 */
export function collationKey(value: string): string {
  let key = value.toLowerCase();
  if (NON_ASCII.test(key))
    key = key
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(/[œæß’]/g, (c) => EXPANSIONS[c] ?? c);
  if (DIGITS.test(key)) key = key.replace(/\d+/g, numberKey);
  return key;
}

/** Texts folded into keys between two pauses of the steps. */
const KEYS_STEP = 4096;

/** The collation keys of `texts`, pausing (`yield`) every `KEYS_STEP`. */
function* keysSteps(texts: readonly string[]): Generator<void, string[]> {
  const keys = new Array<string>(texts.length);
  for (let i = 0; i < texts.length; i += 1) {
    keys[i] = collationKey(texts[i] ?? '');
    if ((i + 1) % KEYS_STEP === 0) yield;
  }
  return keys;
}

/**
 * The rows 0…n-1 in the order of `compare`, ties by row: sorted by `keys` as plain strings, then
 * put right by `compare` in one insertion pass (n - 1 comparisons when the keys were right);
 * pausing (`yield`) every few thousand rows (`sortInSteps`).
 */
export function* orderBySteps(keys: readonly string[], compare: (a: number, b: number) => number): Generator<void, Int32Array> {
  const n = keys.length;
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i += 1) rows[i] = i;
  const exact = (a: number, b: number) => compare(a, b) || a - b;
  const order = yield* sortInSteps(rows, (a, b) => {
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : exact(a, b);
  });
  for (let i = 1; i < n; i += 1) {
    const row = order[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && exact(order[j] ?? 0, row) > 0) {
      order[j + 1] = order[j] ?? 0;
      j -= 1;
    }
    order[j + 1] = row;
    if (i % KEYS_STEP === 0) yield;
  }
  return order;
}

/** What the orders are computed from: plain columns, which a worker can receive. */
export interface ListOrderInput {
  names: string[];
  /** Département then commune ("zz" for none: last). */
  places: string[];
  qualification: Float64Array;
}

export interface ListOrders {
  /** The rows by name, A to Z (ties: dataset order). */
  name: Int32Array;
  /** The position of each row in `name`. */
  nameRank: Int32Array;
  /** By place (département, then commune), then name. */
  place: Int32Array;
  /** By qualification, most complete first, then name. */
  qualification: Int32Array;
}

export function listOrderInput(data: DatasetIndex): ListOrderInput {
  const n = data.features.length;
  const names = new Array<string>(n);
  const places = new Array<string>(n);
  const qualification = new Float64Array(n);
  data.features.forEach(({ properties: p }, row) => {
    names[row] = p.name;
    places[row] = `${p.departement || 'zz'} ${p.communeName}`;
    qualification[row] = p.qualification;
  });
  return { names, places, qualification };
}

/** The position of each row in `order`. */
export function ranksOf(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  for (let r = 0; r < order.length; r += 1) rank[order[r] ?? 0] = r;
  return rank;
}

export function computeListOrders(input: ListOrderInput): ListOrders {
  return runSteps(computeListOrdersSteps(input));
}

/** `computeListOrders`, pausing (`yield`) every few thousand rows: a worker hears inputs between two steps. */
export function* computeListOrdersSteps({ names, places, qualification }: ListOrderInput): Generator<void, ListOrders> {
  const nameKeys = yield* keysSteps(names);
  const name = yield* orderBySteps(nameKeys, (a, b) => collator.compare(names[a] ?? '', names[b] ?? ''));
  const nameRank = ranksOf(name);
  const byName = (a: number, b: number) => (nameRank[a] ?? 0) - (nameRank[b] ?? 0);
  const placeKeys = yield* keysSteps(places);
  const place = yield* orderBySteps(placeKeys, (a, b) => collator.compare(places[a] ?? '', places[b] ?? '') || byName(a, b));
  yield;
  return { name, nameRank, place, qualification: byValueThenName(name, nameRank, qualification) };
}

/**
 * The rows sorted by `values[row]`, highest first, then by name, given the rows in name order and
 * each row's rank there. No comparison function: each row gets one number, (rank of its value) × n
 * + (rank of its name), and a typed array of numbers sorts natively (100,000 in a few ms).
 */
export function byValueThenName(nameOrder: Int32Array, nameRank: Int32Array, values: Float64Array): Int32Array {
  const n = nameOrder.length;
  const value = (row: number) => {
    const v = values[row] ?? 0;
    return Number.isNaN(v) ? 0 : v;
  };
  // The distinct values, highest first.
  const sorted = new Float64Array(n);
  for (let row = 0; row < n; row += 1) sorted[row] = -value(row);
  sorted.sort();
  let distinct = 0;
  for (let i = 0; i < n; i += 1) if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i] ?? 0;
  const keys = new Float64Array(n);
  for (let row = 0; row < n; row += 1) keys[row] = lowerBound(sorted, distinct, -value(row)) * n + (nameRank[row] ?? 0);
  keys.sort();
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i += 1) rows[i] = nameOrder[(keys[i] ?? 0) % n] ?? 0;
  return rows;
}

/** The first index in `sorted[0…length)` (ascending) whose value is not below `x`. */
function lowerBound(sorted: Float64Array, length: number, x: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * By the dataset's features array: the index is rebuilt when the links arrive, after the actors,
 * but on the same features, which need no new sort.
 */
const computed = new WeakMap<DatasetIndex['features'], ListOrders>();

/** The orders of a dataset, computed here on first use (small datasets; big ones use the worker). */
export function listOrders(data: DatasetIndex): ListOrders {
  let orders = computed.get(data.features);
  if (!orders) {
    orders = computeListOrders(listOrderInput(data));
    computed.set(data.features, orders);
  }
  return orders;
}

/** Keeps orders computed elsewhere (the worker) for `listOrders` to find. */
export function rememberListOrders(data: DatasetIndex, orders: ListOrders): void {
  computed.set(data.features, orders);
}

export function knownListOrders(data: DatasetIndex): ListOrders | undefined {
  return computed.get(data.features);
}
