/**
 * The pieces of the columnar files' schemas (`actors.columns.json`, `links.columns.json`): long
 * arrays checked in one loop, dictionaries of repeated values, lists as offsets.
 */
import { z } from './zod';

export const code = <C extends string>(codes: readonly C[]) => z.enum(codes as [C, ...C[]]);

/**
 * An array whose items all pass `test`, checked in one loop, naming the first that does not: zod
 * parses an array item by item, ~0.3 s over the columns of 100,000 rows, in the worker that
 * stands between the download and the first map. The dictionaries' few values keep zod's checks.
 */
export function arrayOf<T>(test: (v: unknown) => v is T, expected: string) {
  return z
    .custom<T[]>((v) => Array.isArray(v), 'expected array')
    .check(
      z.superRefine((items, ctx) => {
        for (let i = 0; i < items.length; i += 1) {
          if (test(items[i])) continue;
          ctx.addIssue({ code: 'custom', message: expected, path: [i], input: items[i] });
          return;
        }
      }),
    );
}

const isRowNumber = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
export const texts = arrayOf(isText, 'expected a text of 1 character or more');
export const booleans = arrayOf((v): v is boolean => typeof v === 'boolean', 'expected true or false');
export const rowNumbers = arrayOf(isRowNumber, 'expected a whole number, 0 or more');

/** A column of repeated values: the distinct `values`, and each row's `index` in them. */
export const coded = <T extends z.ZodMiniType>(value: T) => z.object({ values: z.array(value), index: rowNumbers });

/**
 * A column of lists: row `i`'s list is `values[index[j]]` for `j` from `offsets[i]` to
 * `offsets[i + 1] - 1` (`offsets` has one more entry than there are rows).
 */
export const codedLists = <T extends z.ZodMiniType>(value: T) =>
  z.object({ values: z.array(value), offsets: rowNumbers, index: rowNumbers });

export type Coded<T> = { values: T[]; index: number[] };

/** The values in a coded column: each distinct value once, in order of first use. */
export function codedOf<T>(values: readonly T[]): Coded<T> {
  const distinct: T[] = [];
  const at = new Map<T, number>();
  const index = values.map((v) => {
    let i = at.get(v);
    if (i === undefined) {
      i = distinct.push(v) - 1;
      at.set(v, i);
    }
    return i;
  });
  return { values: distinct, index };
}

/** What is wrong with checked columns that their schema cannot say: lengths and indexes that do not fit. */
export class ColumnsError extends Error {
  override name = 'ColumnsError';
}

export function failColumn(column: string, what: string): never {
  throw new ColumnsError(`${column}: ${what}`);
}

/** Throws a `ColumnsError` naming the first entry of `index` past `size` values. */
export function checkIndexes(column: string, index: ArrayLike<number>, size: number): void {
  for (let i = 0; i < index.length; i += 1) if (index[i]! >= size) failColumn(`${column}.${i}`, `${index[i]} is past the ${size} values`);
}
