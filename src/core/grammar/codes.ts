/**
 * Reading coded values the way people type them in a spreadsheet: the code itself or its French
 * or English label, whatever the case and accents ("Collectivité", "collectivite", "Local authority").
 */
import type { Term } from '../vocabulary';
import { foldText } from './text';

export function codeMatcher<C extends string>(terms: readonly Term<C>[], aliases: Record<string, C> = {}) {
  const lookup = new Map<string, C>();
  for (const t of terms) {
    lookup.set(foldText(t.code), t.code);
    lookup.set(foldText(t.fr), t.code);
    lookup.set(foldText(t.en), t.code);
  }
  for (const [alias, code] of Object.entries(aliases)) lookup.set(foldText(alias), code);
  return (value: string): C | undefined => lookup.get(foldText(value));
}

/** Splits a list cell: "a; b", "a, b" or "a | b". */
export function splitList(value: string): string[] {
  return value
    .split(/[;|,]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

const TRUE_WORDS = new Set(['true', 'vrai', 'oui', 'yes', '1', 'x']);
const FALSE_WORDS = new Set(['false', 'faux', 'non', 'no', '0', '']);

export function parseBoolean(value: string): boolean | undefined {
  const v = foldText(value);
  if (TRUE_WORDS.has(v)) return true;
  if (FALSE_WORDS.has(v)) return false;
  return undefined;
}

/** A stable identifier from a name: "Comité 21" → "comite-21". */
export function slugify(value: string): string {
  return foldText(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
