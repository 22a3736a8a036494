/** A small seeded PRNG (mulberry32) and the draws the sample generator needs. */
import { mulberry32 } from '../../core/mulberry32';

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
  const next = mulberry32(seed);
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
