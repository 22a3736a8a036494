/** A small seeded PRNG (mulberry32) and the draws the sample generator needs. */

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], n: number): T[];
  /** A picker over fixed items by weight (cumulative table built once). */
  weighted<T>(items: readonly T[], weight: (item: T) => number): () => T;
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const weighted = <T>(items: readonly T[], weight: (item: T) => number) => {
    const cumulative: number[] = [];
    let total = 0;
    for (const item of items) {
      total += Math.max(0, weight(item));
      cumulative.push(total);
    }
    return (): T => {
      const r = next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) > r) hi = mid;
        else lo = mid + 1;
      }
      return items[lo] as T;
    };
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    sample: (items, n) => {
      const copy = [...items];
      const out: (typeof copy)[number][] = [];
      while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as (typeof copy)[number]);
      return out;
    },
    weighted,
    pickWeighted: (items, weight) => weighted(items, weight)(),
  };
}
