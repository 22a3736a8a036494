/**
 * How one URL parameter is read and written, the kinds the app's parameters are made of (lists,
 * choices, flags) and the walk over a table of them. The table itself is in `url-state.ts`.
 */
import { clip } from './grammar/text';

// `read` and `write` are methods, not function properties, so that any parameter fits `UrlParam<unknown>`.
export interface UrlParam<T, N extends string = string> {
  /** The query parameter, as documented in the README. */
  readonly name: N;
  readonly default: T;
  /** `raw` is null when the parameter is absent; what cannot be read gives the default and a notice. */
  read(raw: string | null, notices: string[]): T;
  /** The value as the URL writes it, or null to leave the parameter out (the default). */
  write(value: T): string | null;
  /** A comma-separated list: the values of a repeated parameter are read as one list (see `rawValue`). */
  readonly list?: boolean;
}

/** Parameters by state field; a field may hold a group of them, one per sub-field (the filters). */
export type ParamTable = { readonly [field: string]: UrlParam<unknown> | ParamGroup };
type ParamGroup = { readonly [field: string]: UrlParam<unknown> };

/** The state a table describes: each field has its parameter's type, a group is an object. */
export type StateOf<T> = { -readonly [K in keyof T]: T[K] extends UrlParam<infer V> ? V : StateOf<T[K]> };

type NamesOf<T> = {
  readonly [K in keyof T as T[K] extends UrlParam<unknown> ? K : never]: T[K] extends UrlParam<unknown, infer N> ? N : never;
};
type GroupsOf<T> = { [K in keyof T]: T[K] extends UrlParam<unknown> ? never : T[K] }[keyof T];
/** `{ field: 'name' }` for every parameter, the groups' sub-fields included. */
export type ParamNames<T> = NamesOf<T> & NamesOf<GroupsOf<T>>;

/** Longest list a parameter keeps; the values after it are dropped. */
const MAX_LIST_ITEMS = 50;

/** A parameter written out in full; the helper keeps its literal name and infers its type. */
export function param<T, N extends string>(p: UrlParam<T, N>): UrlParam<T, N> {
  return p;
}

/** Values a grouped notice names; it counts the others. */
const NAMED_IN_NOTICE = 3;
const COUNT = new Intl.NumberFormat('fr-FR');

/**
 * One notice for many values of one kind (the unknown values of a list, the unknown parameters):
 * a link with thousands of them gives one line. `one` says what a value is ("Pratique inconnue
 * ignorée"); `many`, if given, says it of several after their count ("paramètres inconnus
 * ignorés"). Each value is named once, the first three only:
 * « 20 000 paramètres inconnus ignorés : « a », « b », « c » et 19 997 autres. »
 */
export function groupedNotice(values: readonly string[], one: string, many?: string): string {
  const distinct = [...new Set(values)];
  const named = distinct.slice(0, NAMED_IN_NOTICE).map((v) => `« ${clip(v)} »`);
  const others = distinct.length - named.length;
  const last = others > 0 ? `${COUNT.format(others)} ${others === 1 ? 'autre' : 'autres'}` : named.pop();
  const list = named.length > 0 ? `${named.join(', ')} et ${last}` : last;
  const label = distinct.length > 1 && many ? `${COUNT.format(distinct.length)} ${many}` : one;
  return `${label} : ${list}.`;
}

/** The values of a comma-separated list, trimmed, the empty ones left out. */
export function splitParamList(raw: string): string[] {
  return raw
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .slice(0, MAX_LIST_ITEMS);
}

/**
 * A comma-separated list of the values `accept` knows, each kept once; the others are told with
 * `unknown`, the notice's words ("Pratique inconnue ignorée").
 */
export function listParam<C extends string, N extends string>(name: N, accept: (v: string) => v is C, unknown: string): UrlParam<C[], N> {
  return {
    name,
    default: [],
    list: true,
    read: (raw, notices) => {
      const out: C[] = [];
      const ignored: string[] = [];
      for (const v of raw === null ? [] : splitParamList(raw)) {
        if (!accept(v)) ignored.push(v);
        else if (!out.includes(v)) out.push(v);
      }
      if (ignored.length > 0) notices.push(groupedNotice(ignored, unknown));
      return out;
    },
    write: (values) => (values.length > 0 ? values.join(',') : null),
  };
}

/** A list of official codes that exist (`known`), kept upper-case and once ("2a,2A" → "2A"). */
export function codeListParam<N extends string>(name: N, known: (code: string) => boolean, unknown: string): UrlParam<string[], N> {
  const list = listParam(name, (v): v is string => known(v), unknown);
  return { ...list, read: (raw, notices) => [...new Set(list.read(raw, notices).map((v) => v.toUpperCase()))] };
}

/** One of `choices`, as the URL writes it (`view=list`, `radius=50`); `fallback` is the default. */
export function choiceParam<const C extends string | number, N extends string>(
  name: N,
  choices: readonly C[],
  fallback: NoInfer<C>,
  what: string,
): UrlParam<C, N> {
  return {
    name,
    default: fallback,
    read: (raw, notices) => {
      if (raw === null || raw === '') return fallback;
      const choice = choices.find((c) => String(c) === raw);
      if (choice !== undefined) return choice;
      notices.push(`${what} : valeur inconnue ignorée « ${clip(raw)} ».`);
      return fallback;
    },
    write: (value) => (value === fallback ? null : String(value)),
  };
}

/** On (`1` or `true`) or off (absent, empty or `0`). */
export function flagParam<N extends string>(name: N): UrlParam<boolean, N> {
  return {
    name,
    default: false,
    read: (raw, notices) => {
      if (raw === null || raw === '' || raw === '0') return false;
      if (raw === '1' || raw === 'true') return true;
      notices.push(`Paramètre « ${name} » : valeur inconnue ignorée « ${clip(raw)} ».`);
      return false;
    },
    write: (on) => (on ? '1' : null),
  };
}

/** A value that matches `pattern`, as written, or null. */
export function readPattern(raw: string | null, pattern: RegExp, what: string, notices: string[]): string | null {
  if (raw === null || raw === '') return null;
  if (pattern.test(raw)) return raw;
  notices.push(`${what} : valeur inconnue ignorée « ${clip(raw)} ».`);
  return null;
}

function isParam(entry: UrlParam<unknown> | ParamGroup): entry is UrlParam<unknown> {
  return typeof entry.read === 'function';
}

function mapParams(table: ParamTable, f: (p: UrlParam<unknown>) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(table).map(([field, entry]) => [field, isParam(entry) ? f(entry) : mapParams(entry, f)]));
}

/** Each field's default, frozen like `EMPTY_FILTERS`: the store starts from these objects. */
export function defaultsOf<T extends ParamTable>(table: T): StateOf<T> {
  const defaults = (t: ParamTable): Readonly<Record<string, unknown>> =>
    Object.freeze(Object.fromEntries(Object.entries(t).map(([field, entry]) => [field, isParam(entry) ? entry.default : defaults(entry)])));
  return defaults(table) as StateOf<T>;
}

export function namesOf<T extends ParamTable>(table: T): ParamNames<T> {
  const names = Object.entries(table).flatMap(([field, entry]): [string, string][] =>
    isParam(entry) ? [[field, entry.name]] : Object.entries(namesOf(entry) as Record<string, string>),
  );
  return Object.fromEntries(names) as ParamNames<T>;
}

/** Reads every parameter of the table, in its order (so are the notices). */
export function readParams<T extends ParamTable>(table: T, params: URLSearchParams, notices: string[]): StateOf<T> {
  return mapParams(table, (p) => p.read(rawValue(params, p.name, p.list ?? false, notices), notices)) as StateOf<T>;
}

/**
 * A parameter as written, null when absent. A repeated list is read whole, its values joined
 * (`practice=lieu&practice=dialogue` is `practice=lieu,dialogue`, as the URL is written back); any
 * other repeated parameter keeps its first value, and the notice says so.
 */
export function rawValue(params: URLSearchParams, name: string, list: boolean, notices: string[]): string | null {
  const [first = null, ...others] = params.getAll(name);
  if (others.length === 0 || first === null) return first;
  if (list) return [first, ...others].join(',');
  notices.push(`Paramètre « ${clip(name)} » répété : seule la première valeur est lue, « ${clip(first)} ».`);
  return first;
}

/** Sets every parameter that is not at its default, in the table's order. */
export function writeParams<T extends ParamTable>(table: T, state: StateOf<T>, params: URLSearchParams): void {
  for (const [field, entry] of Object.entries(table)) {
    const value = (state as Record<string, unknown>)[field];
    if (!isParam(entry)) {
      writeParams(entry, value as StateOf<ParamGroup>, params);
      continue;
    }
    const written = entry.write(value);
    if (written !== null) params.set(entry.name, written);
  }
}
