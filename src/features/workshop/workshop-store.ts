/**
 * The workshop page's one store: the sheets opened, how each is read, and the last check. What
 * the steps show of them (the sources, each sheet's columns, the counts) is derived here once per
 * change, never in a component. Reading and checking run in the pipeline worker behind `client`.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { CsvTable } from '../../core/csv';
import type { Lang } from '../../core/vocabulary';
import { firstRowLooksLikeData } from '../../pipeline/header-row';
import { IGNORED_COLUMN, type SourceList } from '../../pipeline/sources';
import { t } from './workshop-i18n';
import { columnSamples, columnView, knownField, type ColumnView } from './columns/column-view';
import { correctedSheetBytes } from './corrected-sheet';
import {
  configuredFields,
  configuredFile,
  inConfigurationOrder,
  isConfigurationFile,
  readConfiguration,
  readOptionsOf,
} from './open/configuration';
import { fetchSheet, type AddressFailure } from './open/fetch-sheet';
import { nameOfAddress, uniqueName } from './open/unique-name';
import type { PipelineClient } from './pipeline-client';
import type { CheckResult } from './pipeline-protocol';
import {
  guessRole,
  isKnownHeader,
  isRecordSheet,
  isTableRole,
  newWorkshopSheet,
  sourceListOf,
  type SheetRole,
  type WorkshopRole,
  type WorkshopSheet,
} from './workshop-sheet';

export type StepId = 'open' | 'columns' | 'report' | 'completeness' | 'duplicates' | 'proposals' | 'publish';
export const STEPS: readonly StepId[] = ['open', 'columns', 'report', 'completeness', 'duplicates', 'proposals', 'publish'];

export interface BuildState {
  status: 'idle' | 'running' | 'done' | 'failed';
  result: CheckResult | null;
  elapsedMs: number;
  /** The reason of a failed check, in the page's language. */
  error: string | null;
}

export interface BuildCounts {
  records: number;
  placed: number;
  links: number;
  errors: number;
  warnings: number;
  elapsedMs: number;
}

export interface AddressState {
  status: 'idle' | 'loading' | 'failed';
  /** The address last given. */
  url: string;
  failure: AddressFailure | null;
}

/** A `sources.json` given with the sheets: applied to each file it names (`open/configuration.ts`). */
export interface ConfigurationState {
  /** The file's name. */
  name: string;
  /** null when it could not be read (`error` says why). */
  sources: SourceList | null;
  error: string | null;
}

/** Column choices of a sheet, as remembered for the next sheet with the same headers. */
export interface ColumnChoices {
  columns: Record<string, string>;
  values: Record<string, string>;
}

/** A field proposed for a column, and why (in French, as the guess words it). */
export interface ColumnProposal {
  field: string;
  reason: string;
}

/** The column guess and the memory of mappings (the `columns/` room), given to the store. */
export interface ColumnAdvisor {
  /** For each column of a sheet (every header, known ones included), the field it probably holds, or `ignore`. */
  guess(columns: readonly { header: string; samples: readonly string[] }[], role: SheetRole): readonly ColumnProposal[];
  recall(header: readonly string[], role: SheetRole): ColumnChoices | undefined;
  remember(header: readonly string[], role: SheetRole, choices: ColumnChoices): void;
}

export const NO_ADVICE: ColumnAdvisor = { guess: () => [], recall: () => undefined, remember: () => undefined };

interface Derived {
  /** The sources the check runs on (what `sources.json` would say). */
  sources: SourceList;
  /** By sheet name. */
  columnViews: Record<string, ColumnView>;
  counts: BuildCounts | null;
  /** A sheet of actors is ready and none is being read. */
  canCheck: boolean;
  /** The sheets changed since the last check. */
  stale: boolean;
}

export interface WorkshopState extends Derived {
  lang: Lang;
  step: StepId;
  sheets: WorkshopSheet[];
  address: AddressState;
  build: BuildState;
  /** The `sheets` array the last check ran on. */
  checkedSheets: WorkshopSheet[] | null;
  configuration: ConfigurationState | null;
  setLang: (lang: Lang) => void;
  setStep: (step: StepId) => void;
  /** Sheets, and a `sources.json` given with them (any `.json` file), applied to them. */
  addFiles: (files: readonly { name: string; bytes: Uint8Array }[]) => Promise<void>;
  /** Applies a `sources.json` to the open sheets and to those opened later. */
  addConfiguration: (name: string, bytes: Uint8Array) => Promise<void>;
  addAddress: (url: string) => Promise<void>;
  removeSheet: (name: string) => void;
  setRole: (name: string, role: WorkshopRole) => void;
  setSheet: (name: string, sheet: string) => Promise<void>;
  setHeader: (name: string, header: boolean) => Promise<void>;
  setSample: (name: string, sample: boolean) => void;
  /** `field`: a field of the sheet's role or `ignore`. */
  setColumn: (name: string, header: string, field: string) => void;
  /** `value` null or '' removes the fixed value. */
  setValue: (name: string, field: string, value: string | null) => void;
  /** Corrects a cell of the table as read: `line` as the report gives it, `column` a header of the sheet. */
  editCell: (sheetName: string, line: number, column: string, value: string) => void;
  /** Replaces a sheet's table by a changed one (a proposal merged in: rows appended, columns added) and adds column choices. */
  replaceTable: (sheetName: string, table: CsvTable, columns?: Readonly<Record<string, string>>) => void;
  runChecks: () => Promise<void>;
  /** The data files the last check wrote (text by name), for the preview and the archive. */
  builtFiles: () => Promise<Map<string, string>>;
}

export interface WorkshopStoreOptions {
  client: PipelineClient;
  advisor?: ColumnAdvisor;
  lang?: Lang;
  fetch?: typeof fetch;
  /** Milliseconds, for the elapsed time of a check. */
  now?: () => number;
}

export type WorkshopStore = StoreApi<WorkshopState>;

/** Cells of a column the guess looks at. */
const GUESS_SAMPLES = 50;

const NO_CHOICES = { columns: {}, values: {}, remembered: false, proposals: {} };

const IDLE_BUILD: BuildState = { status: 'idle', result: null, elapsedMs: 0, error: null };

function derive(prev: WorkshopState | undefined, next: WorkshopState): Derived {
  const sheetsChanged = prev?.sheets !== next.sheets;
  const sources = sheetsChanged || !prev ? sourceListOf(next.sheets) : prev.sources;
  let columnViews = prev?.columnViews ?? {};
  if (sheetsChanged || !prev) {
    const views: Record<string, ColumnView> = {};
    for (const sheet of next.sheets) {
      const before = prev?.sheets.find((s) => s.name === sheet.name);
      const old = prev?.columnViews[sheet.name];
      // A corrected cell or another sheet changes nothing of the columns: the view is kept.
      const same =
        before && old && before.table?.header === sheet.table?.header && before.role === sheet.role && before.columns === sheet.columns;
      if (same) views[sheet.name] = old;
      else if (sheet.table && isRecordSheet(sheet)) views[sheet.name] = columnView(sheet.table, sheet.role, sheet.columns, sheet.proposals);
    }
    columnViews = views;
  }
  const counts = prev && prev.build === next.build ? prev.counts : countsOf(next.build);
  const reading = next.sheets.some((s) => s.status === 'reading');
  return {
    sources,
    columnViews,
    counts,
    canCheck: !reading && sources.actors.length > 0 && next.build.status !== 'running',
    stale: next.checkedSheets !== null && next.checkedSheets !== next.sheets,
  };
}

function countsOf(build: BuildState): BuildCounts | null {
  const result = build.result;
  if (!result) return null;
  const { counts, problems } = result.meta;
  return {
    records: counts.actors + counts.projects,
    placed: counts.located,
    links: counts.links,
    errors: problems.errors,
    warnings: problems.warnings,
    elapsedMs: build.elapsedMs,
  };
}

/** The first cells of a sheet's first row, quoted in the header question. */
export function firstRowText(sheet: WorkshopSheet): string {
  return (sheet.table?.header ?? [])
    .filter((cell) => cell !== '')
    .slice(0, 4)
    .join(' · ');
}

export function createWorkshopStore(options: WorkshopStoreOptions): WorkshopStore {
  const { client, advisor = NO_ADVICE } = options;
  const now = options.now ?? (() => performance.now());
  const fetcher = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  /** The latest read asked for each sheet: an older answer is dropped. */
  const readTokens = new Map<string, number>();
  let token = 0;

  return createStore<WorkshopState>()((rawSet, get) => {
    type Patch = Partial<WorkshopState>;
    const set = (partial: Patch | ((s: WorkshopState) => Patch)) => {
      const prev = get();
      const patch = typeof partial === 'function' ? partial(prev) : partial;
      const next = { ...prev, ...patch };
      rawSet({ ...patch, ...derive(prev, next) });
    };
    const sheetNamed = (name: string) => get().sheets.find((s) => s.name === name);
    const updateSheet = (name: string, change: (sheet: WorkshopSheet) => Partial<WorkshopSheet>) =>
      set((s) => ({ sheets: s.sheets.map((sheet) => (sheet.name === name ? { ...sheet, ...change(sheet) } : sheet)) }));

    /** The column choices of a table just read: remembered ones, else a guess for each header the pipeline does not know. */
    const choicesFor = (table: CsvTable, role: SheetRole): Pick<WorkshopSheet, 'columns' | 'values' | 'remembered' | 'proposals'> => {
      const recalled = advisor.recall(table.header, role);
      if (recalled) return { ...recalled, remembered: true, proposals: {} };
      const headers = table.header.filter((header, i) => header !== '' && table.header.indexOf(header) === i);
      const proposals = advisor.guess(
        headers.map((header) => ({ header, samples: columnSamples(table, header, GUESS_SAMPLES) })),
        role,
      );
      const columns: Record<string, string> = {};
      const shown: Record<string, ColumnProposal> = {};
      headers.forEach((header, i) => {
        if (knownField(header, role) !== undefined) return;
        const proposal = proposals[i];
        columns[header] = proposal?.field ?? IGNORED_COLUMN;
        if (proposal) shown[header] = proposal;
      });
      return { columns, values: {}, remembered: false, proposals: shown };
    };

    /** `fresh`: a table not seen before (a new file, another sheet of the workbook), whose role and first row are guessed. */
    const readSheet = async (name: string, bytes: Uint8Array | null, fresh: boolean) => {
      const sheet = sheetNamed(name);
      if (!sheet) return;
      token += 1;
      const mine = token;
      readTokens.set(name, mine);
      try {
        const read = await client.open(name, bytes, sheet.sheet ? { sheet: sheet.sheet, header: sheet.header } : { header: sheet.header });
        if (readTokens.get(name) !== mine || !sheetNamed(name)) return;
        updateSheet(name, (current) => {
          const role = fresh ? guessRole(read.table.header) : current.role;
          const sameHeader = current.table !== null && sameCells(current.table.header, read.table.header);
          const choices = sameHeader
            ? { columns: current.columns, values: current.values, remembered: current.remembered, proposals: current.proposals }
            : isTableRole(role)
              ? NO_CHOICES
              : choicesFor(read.table, role);
          return {
            status: 'ready',
            error: undefined,
            format: read.format,
            sheets: read.sheets,
            sheet: read.sheet,
            table: read.table,
            edited: false,
            role,
            headerAsked: fresh
              ? !isTableRole(role) && current.header && firstRowLooksLikeData(read.table.header, isKnownHeader)
              : current.headerAsked,
            ...choices,
          };
        });
      } catch (error) {
        if (readTokens.get(name) !== mine || !sheetNamed(name)) return;
        updateSheet(name, () => ({ status: 'failed', error: error instanceof Error ? error.message : String(error), table: null }));
      }
    };

    /**
     * Reads the sheet as the configuration says, if it names it (again, when it was read with
     * another workbook sheet or header row), and sets its role and choices; the sheets are then put
     * in the configuration's order.
     */
    const configureSheet = async (name: string) => {
      const sources = get().configuration?.sources;
      const configured = sources ? configuredFile(sources, name) : undefined;
      const sheet = sheetNamed(name);
      if (!sources || !configured || sheet?.status !== 'ready') return;
      const options = readOptionsOf(configured);
      if ((options.sheet !== '' && options.sheet !== sheet.sheet) || options.header !== sheet.header) {
        updateSheet(name, () => ({ ...options, status: 'reading' }));
        await readSheet(name, null, false);
        if (sheetNamed(name)?.status !== 'ready') return;
      }
      set((s) => ({
        sheets: inConfigurationOrder(
          s.sheets.map((current) => (current.name === name ? { ...current, ...configuredFields(configured) } : current)),
          sources,
        ),
      }));
    };

    let prepared = false;
    const addSheet = (name: string, bytes: Uint8Array, url?: string): string => {
      if (!prepared) {
        prepared = true;
        client.prepare();
      }
      const unique = uniqueName(name, new Set(get().sheets.map((s) => s.name)));
      const sources = get().configuration?.sources;
      const configured = sources ? configuredFile(sources, unique) : undefined;
      const sheet = newWorkshopSheet(unique, bytes, { ...(url ? { url } : {}), ...(configured ? readOptionsOf(configured) : {}) });
      set((s) => ({ sheets: [...s.sheets, sheet] }));
      return unique;
    };

    const rememberChoices = (name: string) => {
      const sheet = sheetNamed(name);
      if (sheet?.table && isRecordSheet(sheet))
        advisor.remember(sheet.table.header, sheet.role, { columns: sheet.columns, values: sheet.values });
    };

    const initial: Omit<WorkshopState, keyof Derived> = {
      lang: options.lang ?? 'fr',
      step: 'open',
      sheets: [],
      address: { status: 'idle', url: '', failure: null },
      build: IDLE_BUILD,
      checkedSheets: null,
      configuration: null,
      setLang: (lang) => set({ lang }),
      setStep: (step) => set({ step }),
      addFiles: async (files) => {
        const configurations = files.filter((file) => isConfigurationFile(file.name));
        const sheets = files.filter((file) => !isConfigurationFile(file.name));
        // The configuration first, so that the sheets given with it are read as it says.
        const configured = configurations.map((file) => get().addConfiguration(file.name, file.bytes));
        const names = sheets.map((file) => addSheet(file.name, file.bytes));
        await Promise.all([
          ...configured,
          ...names.map(async (name, i) => {
            await readSheet(name, sheets[i]?.bytes ?? null, true);
            await configureSheet(name);
          }),
        ]);
      },
      addConfiguration: async (name, bytes) => {
        const read = readConfiguration(bytes);
        set({ configuration: read.ok ? { name, sources: read.sources, error: null } : { name, sources: null, error: read.error } });
        if (read.ok) await Promise.all(get().sheets.map((sheet) => configureSheet(sheet.name)));
      },
      addAddress: async (url) => {
        set({ address: { status: 'loading', url, failure: null } });
        const fetched = await fetchSheet(url, fetcher);
        if (!fetched.ok) {
          set({ address: { status: 'failed', url, failure: fetched.failure } });
          return;
        }
        set({ address: { status: 'idle', url: '', failure: null } });
        const name = addSheet(fetched.name ?? nameOfAddress(fetched.url), fetched.bytes, fetched.url);
        await readSheet(name, fetched.bytes, true);
      },
      removeSheet: (name) => {
        readTokens.delete(name);
        client.forget(name);
        set((s) => ({ sheets: s.sheets.filter((sheet) => sheet.name !== name) }));
      },
      setRole: (name, role) => {
        updateSheet(name, (sheet) => {
          if (sheet.role === role || !sheet.table) return { role };
          // A table read by its own headers has no choices, and no question about its first row.
          if (isTableRole(role)) return { role, ...NO_CHOICES, headerAsked: false };
          // Fields differ between actors and links: the choices are made again for the new role.
          return { role, ...choicesFor(sheet.table, role) };
        });
      },
      setSheet: async (name, sheetName) => {
        updateSheet(name, () => ({ sheet: sheetName, status: 'reading' }));
        // Another sheet of the workbook is another table: its role and its first row are looked at afresh.
        await readSheet(name, null, true);
      },
      setHeader: async (name, header) => {
        const before = sheetNamed(name);
        if (!before) return;
        if (before.header === header) {
          updateSheet(name, () => ({ headerAsked: false }));
          return;
        }
        updateSheet(name, () => ({ header, headerAsked: false, status: 'reading' }));
        await readSheet(name, null, false);
      },
      setSample: (name, sample) => updateSheet(name, () => ({ sample })),
      setColumn: (name, header, field) => {
        updateSheet(name, (sheet) => {
          if (!isRecordSheet(sheet)) return {};
          const columns = { ...sheet.columns };
          // A known header read as its own field needs no entry.
          if (knownField(header, sheet.role) === field) delete columns[header];
          else columns[header] = field;
          return { columns };
        });
        rememberChoices(name);
      },
      setValue: (name, field, value) => {
        updateSheet(name, (sheet) => {
          const values = { ...sheet.values };
          if (value === null || value.trim() === '') delete values[field];
          else values[field] = value.trim();
          return { values };
        });
        rememberChoices(name);
      },
      editCell: (sheetName, line, column, value) => {
        updateSheet(sheetName, (sheet) => {
          const table = sheet.table;
          if (!table || !table.header.includes(column)) return {};
          const index = table.rows.findIndex((row) => row.line === line);
          const row = table.rows[index];
          if (!row || (row.values[column] ?? '') === value) return {};
          const rows = table.rows.slice();
          rows[index] = { ...row, values: { ...row.values, [column]: value } };
          return { table: { ...table, rows }, edited: true };
        });
      },
      replaceTable: (sheetName, table, columns = {}) => {
        updateSheet(sheetName, (sheet) => (sheet.table ? { table, edited: true, columns: { ...sheet.columns, ...columns } } : {}));
      },
      builtFiles: () => client.files(),
      runChecks: async () => {
        const state = get();
        if (!state.canCheck) return;
        const sheets = state.sheets;
        const corrected: Record<string, Uint8Array> = {};
        for (const sheet of sheets) if (sheet.edited && sheet.table) corrected[sheet.name] = correctedSheetBytes(sheet.table, sheet.header);
        const started = now();
        set((s) => ({ build: { ...s.build, status: 'running', error: null } }));
        try {
          const result = await client.run(state.sources, corrected);
          // Checked from the sheets or the columns: on to the report; checked again from a later step: stay there.
          set((s) => ({
            build: { status: 'done', result, elapsedMs: Math.round(now() - started), error: null },
            checkedSheets: sheets,
            step: s.step === 'open' || s.step === 'columns' ? 'report' : s.step,
          }));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          // The worker's own messages are French sentences; anything else is a crash of the worker.
          const text = /^[A-ZÀ-Ý«]/.test(message) && message.includes(' ') ? message : t('workshop.error.worker', get().lang, { message });
          set({ build: { status: 'failed', result: null, elapsedMs: Math.round(now() - started), error: text }, checkedSheets: null });
        }
      },
    };
    return { ...initial, ...derive(undefined, initial as WorkshopState) };
  });
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell === b[i]);
}

/** The page's store, set by `main.tsx` before the first render. */
let pageStore: WorkshopStore | null = null;

export function setWorkshopStore(store: WorkshopStore): void {
  pageStore = store;
}

export function workshopStore(): WorkshopStore {
  if (!pageStore) throw new Error('The workshop store is not created yet (main.tsx).');
  return pageStore;
}

export function useWorkshop<T>(selector: (s: WorkshopState) => T): T {
  return useStore(workshopStore(), selector);
}

/** For selectors that build arrays or objects: re-render only when their contents change. */
export function useWorkshopShallow<T>(selector: (s: WorkshopState) => T): T {
  return useStore(workshopStore(), useShallow(selector));
}
