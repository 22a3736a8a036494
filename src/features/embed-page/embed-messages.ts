/**
 * The postMessage protocol between the embedded map (`embed.html`) and the page that hosts it.
 *
 * Every message, in both directions, is a plain object `{ source: 'atlas-catalyseurs', version: 1,
 * type, … }`. The embed tells its host `ready`, `select`, `filters` and `resize`; the host may send
 * `setFilters`, `select`, `setView` and `getState`. Filters use the names and values of the URL
 * parameters (`practice`, `region`, `q`…) and are checked by the same parser as the URL, so a
 * message can do nothing a link could not.
 *
 * Incoming messages are validated whole: a message with an unknown type, an unknown key or one
 * invalid value is ignored entirely (and reported with a reason), never applied in part. Nothing
 * here throws on any input.
 *
 * Who may talk to the embed: only its parent window (never another frame or a popup), and, when
 * the embed's `origins` parameter lists origins, only those. Without a list any host may drive the
 * embed: commands can only change what the map shows, and the events carry only public data (ids,
 * names and filters), so this is the default that lets a partner start without configuration.
 */
import { describeIssue, intIn, numberIn, textOf, z } from '../../core/zod';
import { EMPTY_FILTERS, type Filters } from '../../core/filters';
import { normalizeFit } from './embed-params';
import { clip } from '../../core/grammar/text';
import { MAX_TEXT_LENGTH, parseParams, PARAMS, VIEW_MODES, type UrlState } from '../../core/url-state';
import { KINDS, PRACTICES, PROFILES, SCOPES } from '../../core/vocabulary';

export const PROTOCOL = 'atlas-catalyseurs';
export const PROTOCOL_VERSION = 1;
/** Longest list of values a message may carry for one filter, as in the URL. */
const MAX_LIST = 50;
const MAX_THEME = 60;
const MAX_NAME = 300;
/** Length of a value quoted in the reason a message is ignored. */
const MAX_QUOTED = 80;
/** A frame taller than this is a bug, not a layout. */
export const MAX_FRAME_HEIGHT = 20_000;

const envelope = {
  source: z.literal(PROTOCOL),
  version: z.literal(PROTOCOL_VERSION),
};

const codeList = <const C extends readonly [string, ...string[]]>(codes: C) => z.array(z.enum(codes)).check(z.maxLength(MAX_LIST));
const stringList = (max: number) => z.array(textOf(1, max).check(z.regex(/^[^,]*$/, 'no comma'))).check(z.maxLength(MAX_LIST));

/** Filters as the URL names them; in a command every key is optional. */
const filterShape = {
  [PARAMS.practices]: codeList(PRACTICES.codes as unknown as readonly [string, ...string[]]),
  [PARAMS.profiles]: codeList(PROFILES.codes as unknown as readonly [string, ...string[]]),
  [PARAMS.scopes]: codeList(SCOPES.codes as unknown as readonly [string, ...string[]]),
  [PARAMS.kinds]: codeList(KINDS.codes as unknown as readonly [string, ...string[]]),
  [PARAMS.themes]: stringList(MAX_THEME),
  [PARAMS.regions]: stringList(3),
  [PARAMS.departements]: stringList(3),
  [PARAMS.data]: z.enum(['all', 'real', 'sample']),
  [PARAMS.minQualification]: intIn(0, 100),
  [PARAMS.text]: textOf(0, MAX_TEXT_LENGTH),
} as const;

export const FilterValuesSchema = z.strictObject(filterShape);
export type FilterValues = z.infer<typeof FilterValuesSchema>;

const PartialFilterValuesSchema = z.partial(z.strictObject(filterShape)).check(
  z.superRefine((values, ctx) => {
    // Codes (régions, départements…) are checked by the URL parser itself.
    const { notices } = parseParams(filtersQuery(values));
    for (const notice of notices) ctx.addIssue({ code: 'custom', message: notice, input: values });
  }),
);
export type PartialFilterValues = z.infer<typeof PartialFilterValuesSchema>;

const ActorIdSchema = textOf(0, 100).check(
  z.refine((id) => parseParams(new URLSearchParams({ [PARAMS.selected]: id }).toString()).state.selected === id, 'invalid actor id'),
);

const CameraSchema = z.strictObject({
  lat: numberIn(-85, 85),
  lon: numberIn(-180, 180),
  zoom: numberIn(0, 22),
});

// ---- Host → embed -----------------------------------------------------------------------------

const SetFiltersSchema = z.strictObject({
  ...envelope,
  type: z.literal('setFilters'),
  filters: PartialFilterValuesSchema,
  /** true: only the filters given change; false (default): the others are cleared. */
  merge: z.optional(z.boolean()),
});

const SelectCommandSchema = z.strictObject({
  ...envelope,
  type: z.literal('select'),
  id: z.nullable(ActorIdSchema),
});

const SetViewSchema = z
  .strictObject({
    ...envelope,
    type: z.literal('setView'),
    view: z.optional(z.enum(['map', 'list'])),
    camera: z.optional(CameraSchema),
    fit: z.optional(textOf(0, 20).check(z.refine((v) => normalizeFit(v) !== null, 'unknown territory'))),
    lang: z.optional(z.enum(['fr', 'en'])),
  })
  .check(z.refine((m) => m.view !== undefined || m.camera !== undefined || m.fit !== undefined || m.lang !== undefined, 'nothing to set'));

const GetStateSchema = z.strictObject({ ...envelope, type: z.literal('getState') });

export const CommandSchema = z.union([SetFiltersSchema, SelectCommandSchema, SetViewSchema, GetStateSchema]);
export type Command = z.infer<typeof CommandSchema>;
export const COMMAND_TYPES = ['setFilters', 'select', 'setView', 'getState'] as const;

// ---- Embed → host -----------------------------------------------------------------------------

const SnapshotSchema = z.strictObject({
  filters: FilterValuesSchema,
  /** Records matching the filters, and in the whole dataset. */
  count: intIn(0, Number.MAX_SAFE_INTEGER),
  total: intIn(0, Number.MAX_SAFE_INTEGER),
  selected: z.nullable(textOf(0, 100)),
  view: z.enum(VIEW_MODES),
  lang: z.enum(['fr', 'en']),
  camera: z.nullable(CameraSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const EventSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...envelope, type: z.literal('ready'), state: SnapshotSchema }),
  z.strictObject({ ...envelope, type: z.literal('state'), state: SnapshotSchema }),
  z.strictObject({
    ...envelope,
    type: z.literal('select'),
    id: z.nullable(textOf(0, 100)),
    name: z.optional(textOf(0, MAX_NAME)),
    kind: z.optional(z.enum(KINDS.codes as unknown as readonly [string, ...string[]])),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('filters'),
    filters: FilterValuesSchema,
    count: intIn(0, Number.MAX_SAFE_INTEGER),
    total: intIn(0, Number.MAX_SAFE_INTEGER),
  }),
  z.strictObject({ ...envelope, type: z.literal('resize'), height: intIn(0, MAX_FRAME_HEIGHT) }),
]);
export type EmbedEvent = z.infer<typeof EventSchema>;

type Body<T> = T extends unknown ? Omit<T, 'source' | 'version'> : never;

/** An event, wrapped in the protocol's envelope. */
export function embedEvent(body: Body<EmbedEvent>): EmbedEvent {
  return { source: PROTOCOL, version: PROTOCOL_VERSION, ...body } as EmbedEvent;
}

// ---- Reading --------------------------------------------------------------------------------------

export type IgnoreReason = 'not-parent' | 'origin' | 'foreign' | 'version' | 'invalid';

export type ReadResult<T> = { ok: true; message: T } | { ok: false; reason: IgnoreReason; detail: string };

export interface Incoming {
  data: unknown;
  origin: string;
  /** The message comes from the window that frames the embed. */
  fromParent: boolean;
}

/** Checks where a message comes from and what it says; returns the command or why it is ignored. */
export function readCommand(event: Incoming, allowList: readonly string[]): ReadResult<Command> {
  if (!event.fromParent) return ignore('not-parent', 'not sent by the host page');
  if (!originAllowed(event.origin, allowList)) return ignore('origin', `origin ${clip(event.origin, MAX_QUOTED)} not in the allow-list`);
  return readMessage(event.data, CommandSchema);
}

/** For hosts (the loader, tests): checks a message sent by the embed. */
export function readEvent(data: unknown): ReadResult<EmbedEvent> {
  return readMessage(data, EventSchema);
}

function readMessage<T>(data: unknown, schema: z.ZodMiniType<T>): ReadResult<T> {
  try {
    if (!isPlainRecord(data) || data['source'] !== PROTOCOL) return ignore('foreign', 'not a message of this protocol');
    if (data['version'] !== PROTOCOL_VERSION) return ignore('version', `unsupported version ${clip(String(data['version']), MAX_QUOTED)}`);
    const parsed = schema.safeParse(data);
    if (parsed.success) return { ok: true, message: parsed.data };
    const issue = parsed.error.issues[0];
    return ignore('invalid', issue ? clip(describeIssue(issue, 'message'), MAX_QUOTED) : 'invalid');
  } catch (error) {
    return ignore('invalid', clip(String(error), MAX_QUOTED));
  }
}

export function originAllowed(origin: string, allowList: readonly string[]): boolean {
  return allowList.length === 0 || allowList.includes(origin);
}

/**
 * Where the embed posts its events: anywhere ('*') without an allow-list; with one, the host's
 * origin if it is listed (learned from a command, the frame's ancestor or the referrer), the only
 * listed origin if there is one (the browser then delivers only to it), else nowhere yet (null).
 */
export function targetOrigin(
  allowList: readonly string[],
  known: { learned?: string | null; ancestor?: string | null; referrer?: string | null },
): string | null {
  if (allowList.length === 0) return '*';
  const referrer = originOf(known.referrer ?? null);
  for (const candidate of [known.learned, known.ancestor, referrer]) {
    if (candidate && allowList.includes(candidate)) return candidate;
  }
  return allowList.length === 1 ? (allowList[0] ?? null) : null;
}

// ---- Between filters and messages -------------------------------------------------------------

/** The app's filters as a message writes them (every key present). */
export function filterValuesOf(f: Filters): FilterValues {
  return {
    [PARAMS.practices]: [...f.practices],
    [PARAMS.profiles]: [...f.profiles],
    [PARAMS.scopes]: [...f.scopes],
    [PARAMS.kinds]: [...f.kinds],
    [PARAMS.themes]: [...f.themes],
    [PARAMS.regions]: [...f.regions],
    [PARAMS.departements]: [...f.departements],
    [PARAMS.data]: f.data,
    [PARAMS.minQualification]: Math.round(f.minQualification * 100),
    [PARAMS.text]: f.text,
  };
}

/** The filters a `setFilters` command asks for: over `current` when merging, else from scratch. */
export function applyFilterValues(values: PartialFilterValues, current: Filters, merge = false): Filters {
  const base = merge ? filterValuesOf(current) : filterValuesOf(EMPTY_FILTERS);
  return parseParams(filtersQuery({ ...base, ...values })).state.filters;
}

export function snapshotOf(
  state: Pick<UrlState, 'filters' | 'selected' | 'view' | 'lang' | 'camera'>,
  count: number,
  total: number,
): Snapshot {
  return {
    filters: filterValuesOf(state.filters),
    count,
    total,
    selected: state.selected,
    view: state.view,
    lang: state.lang,
    camera: state.camera ? { lat: state.camera.lat, lon: state.camera.lon, zoom: state.camera.zoom } : null,
  };
}

function filtersQuery(values: Partial<Record<string, readonly string[] | string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  return params.toString();
}

function originOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ignore(reason: IgnoreReason, detail: string): { ok: false; reason: IgnoreReason; detail: string } {
  return { ok: false, reason, detail };
}
