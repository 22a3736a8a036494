/**
 * `npm run bench -- [--only=<parts>] [--sizes=<n,…>] [--no-build]`: the parts of the bench to run
 * (all by default), the dataset sizes (1,000, 10,000 and 100,000 by default) and whether to
 * reuse the last bench build. Budgets are checked only on what was run.
 */
export const PARTS = [
  'domain',
  'cold',
  'filter',
  'derived',
  'list',
  'fiche',
  'search',
  'near-me',
  'ecosystem',
  'memory',
  'workshop',
] as const;
export type Part = (typeof PARTS)[number];

export const DEFAULT_SIZES = [1_000, 10_000, 100_000] as const;
/** The page paths run at every size chosen from this one (the network's own base is ~500 fiches). */
const PAGE_MIN_SIZE = 1_000;

export interface BenchOptions {
  parts: ReadonlySet<Part>;
  sizes: readonly number[];
  /** Sizes the page paths (list, fiche, search, near-me, ecosystem, memory, cold) run at. */
  pageSizes: readonly number[];
  build: boolean;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = value('only');
  const parts = only ? only.split(',').map((p) => p.trim()) : [...PARTS];
  const unknown = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`unknown part(s) ${unknown.join(', ')}: choose among ${PARTS.join(', ')}`);
  const sizesArg = value('sizes');
  const sizes = sizesArg ? sizesArg.split(',').map((s) => Number(s.replace(/[_k]/g, (c) => (c === 'k' ? '000' : '')))) : [...DEFAULT_SIZES];
  if (sizes.some((s) => !Number.isInteger(s) || s <= 0)) throw new Error(`--sizes: whole numbers of rows, e.g. --sizes=10000,100000`);
  sizes.sort((a, b) => a - b);
  const large = sizes.filter((s) => s >= PAGE_MIN_SIZE);
  return {
    parts: new Set(parts as Part[]),
    sizes,
    pageSizes: large.length > 0 ? large : sizes.slice(-1),
    build: !argv.includes('--no-build'),
  };
}
