/**
 * The workshop remembers, in this browser, how a sheet's columns were read (header → field or
 * `ignore`) and its fixed values, by the sheet's set of headers: next month's export of the same
 * sheet gets the same choices. What is stored is checked on read; anything else there (an older
 * version, a hand-edited value) is ignored, never trusted and never a crash.
 */
import { z } from '../../../core/zod';
import type { SheetRole } from './header-synonyms';

/** The key in localStorage; its version changes with the stored shape. */
export const MAPPING_MEMORY_KEY = 'atlas-atelier:colonnes:v1';
/** Sheets remembered at most: the oldest used is forgotten first. */
export const MAX_REMEMBERED = 50;

export interface MappingChoices {
  /** Header → field of the model or `ignore`. */
  columns: Record<string, string>;
  /** Field → the value of every row of the sheet. */
  values: Record<string, string>;
}

const ChoicesSchema = z.object({
  columns: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.string()),
  /** ISO time of the last save, to forget the oldest. */
  savedAt: z.string(),
});

/** Stored entries, by `headerSignature`. An entry that does not pass is skipped alone. */
const MemorySchema = z.record(z.string(), z.unknown());

/** What is used of `localStorage` (a test passes a map). */
export type MappingStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The same for the same role and set of headers, whatever their order. */
export function headerSignature(role: SheetRole, headers: readonly string[]): string {
  const unique = [...new Set(headers.map((h) => h.trim()))].sort();
  return JSON.stringify([role, unique]);
}

/** The choices last saved for a sheet with these headers, or undefined. */
export function recallMapping(role: SheetRole, headers: readonly string[], storage = browserStorage()): MappingChoices | undefined {
  const entry = readAll(storage).get(headerSignature(role, headers));
  return entry ? { columns: { ...entry.columns }, values: { ...entry.values } } : undefined;
}

/**
 * Saves a sheet's choices under its headers. Choices for headers the sheet does not have are
 * dropped. Returns false when the browser refuses (storage full or disabled): the workshop works
 * on, it only will not remember.
 */
export function rememberMapping(
  role: SheetRole,
  headers: readonly string[],
  choices: MappingChoices,
  storage = browserStorage(),
  now: Date = new Date(),
): boolean {
  if (!storage) return false;
  const present = new Set(headers);
  const columns = Object.fromEntries(Object.entries(choices.columns).filter(([h]) => present.has(h)));
  const all = readAll(storage);
  all.set(headerSignature(role, headers), { columns, values: { ...choices.values }, savedAt: now.toISOString() });
  const kept = [...all].sort(([, a], [, b]) => b.savedAt.localeCompare(a.savedAt)).slice(0, MAX_REMEMBERED);
  try {
    storage.setItem(MAPPING_MEMORY_KEY, JSON.stringify(Object.fromEntries(kept)));
    return true;
  } catch {
    return false;
  }
}

type Entry = z.infer<typeof ChoicesSchema>;

function readAll(storage: MappingStorage | undefined): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  if (!storage) return entries;
  let parsed: unknown;
  try {
    const text = storage.getItem(MAPPING_MEMORY_KEY);
    if (text === null) return entries;
    parsed = JSON.parse(text);
  } catch {
    return entries;
  }
  const memory = MemorySchema.safeParse(parsed);
  if (!memory.success) return entries;
  for (const [signature, value] of Object.entries(memory.data)) {
    const entry = ChoicesSchema.safeParse(value);
    // Object.entries gives own keys only; '__proto__' and the like are plain strings in a Map.
    if (entry.success) entries.set(signature, entry.data);
  }
  return entries;
}

/** localStorage, or undefined where it is refused (some private modes, sandboxed frames). */
function browserStorage(): MappingStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
