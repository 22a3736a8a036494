/**
 * Which options the theme facet shows. A sheet may carry tens of thousands of free-text themes:
 * the facet shows a few of the most used, finds the others by a search within the facet, and
 * never sorts them all (100,000 `localeCompare` calls froze the page for seconds).
 */
import { foldText } from '../../core/grammar/text';
import { KNOWN_THEMES } from '../../core/vocabulary';

/** Options shown at first, and added by each « Afficher plus ». */
export const THEMES_PAGE = 12;

const KNOWN: ReadonlySet<string> = new Set(KNOWN_THEMES);
const collator = new Intl.Collator('fr');
const foldedCache = new WeakMap<readonly string[], readonly string[]>();

export interface ThemeOptions {
  /** The options to show: the first `limit` matching ones in facet order, then the selected others. */
  shown: string[];
  /** How many of `shown` are ranked (the rest are selected themes shown out of rank). */
  ranked: number;
  /** How many themes match the search (all of them without one). */
  matching: number;
}

interface PickThemes {
  /** The search within the facet, as typed. */
  query: string;
  limit: number;
  selected: readonly string[];
}

/**
 * The options to show. Facet order: the most used first; among equally used ones the known themes
 * (`KNOWN_THEMES`), then French alphabetical order. The search compares folded text (no accents,
 * no case, no punctuation) and finds a theme by any part of its name.
 */
export function pickThemes(
  names: readonly string[],
  counts: Readonly<Record<string, number>>,
  { query, limit, selected }: PickThemes,
): ThemeOptions {
  const q = foldText(query);
  const folded = q ? foldedThemes(names) : null;
  // The best `limit` themes, best first, with their counts alongside.
  const top: string[] = [];
  const topCounts: number[] = [];
  let matching = 0;
  names.forEach((name, i) => {
    if (folded && !(folded[i] ?? '').includes(q)) return;
    matching += 1;
    const count = counts[name] ?? 0;
    const last = top.length - 1;
    if (top.length >= limit && (last < 0 || !before(name, count, top[last] ?? '', topCounts[last] ?? 0))) return;
    let at = top.length;
    while (at > 0 && before(name, count, top[at - 1] ?? '', topCounts[at - 1] ?? 0)) at -= 1;
    top.splice(at, 0, name);
    topCounts.splice(at, 0, count);
    if (top.length > limit) {
      top.pop();
      topCounts.pop();
    }
  });
  const ranked = new Set(top);
  return { shown: [...top, ...selected.filter((s) => !ranked.has(s))], ranked: top.length, matching };
}

/** The folded names, computed once per list of names (once per dataset). */
function foldedThemes(names: readonly string[]): readonly string[] {
  let folded = foldedCache.get(names);
  if (!folded) {
    folded = names.map(foldText);
    foldedCache.set(names, folded);
  }
  return folded;
}

/** True when theme a (used `ca` times) comes before theme b (used `cb` times) in facet order. */
function before(a: string, ca: number, b: string, cb: number): boolean {
  if (ca !== cb) return ca > cb;
  const known = Number(KNOWN.has(b)) - Number(KNOWN.has(a));
  if (known !== 0) return known < 0;
  return (collator.compare(a, b) || (a < b ? -1 : 1)) < 0;
}
