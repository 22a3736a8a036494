/**
 * zod for the app, in its "mini" form: the same checks in a fraction of the first-load code (the
 * full build weighs ~26 KB gzipped, most of it methods a bundler cannot drop).
 *
 * Configured before any schema is built: no compiled validators. They need `new Function`, which
 * the app's Content-Security-Policy forbids, and zod probes for it as soon as an object schema is
 * created. Every module of the app takes `z` from here, never from 'zod' directly.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };

/** A number from `min` to `max`, both included. */
export const numberIn = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

/** A whole number from `min` to `max`, both included. */
export const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/** A string of `min` to `max` characters. */
export const textOf = (min: number, max = Number.MAX_SAFE_INTEGER) => z.string().check(z.minLength(min), z.maxLength(max));

export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  minimum?: unknown;
  maximum?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
}

/**
 * A failed check in words, for the people who fix data files: where, then what. zod's mini build
 * ships no message catalogue, so messages are made here from the issue's code.
 */
export function describeIssue(issue: SchemaIssue, whole = 'value'): string {
  const where = issue.path.map(String).join('.') || whole;
  return `${where}: ${issueText(issue)}`;
}

function issueText(issue: SchemaIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected ?? 'another type'}`;
    case 'too_small':
      return `too small (at least ${String(issue.minimum)})`;
    case 'too_big':
      return `too big (at most ${String(issue.maximum)})`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key(s) ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    case 'invalid_format':
      return 'badly formed';
    default:
      return issue.message;
  }
}
