/**
 * The search index built apart from where it is searched: by a worker that the search worker
 * starts for each dataset and that ends once every description is in. Building the index of
 * 100,000 rows grew the search worker's young generation to 60 MB, which stayed for as long as
 * it lived; built apart, only the frozen index comes over, a few buffers and its words. The index
 * comes in two phases, as it did: the names, communes and themes, then the descriptions of the
 * details shards. Where the builder cannot start or run, the index is built in the search worker.
 */
import { frozenBuffers, TextIndex, type FrozenIndex, type SearchColumns } from '../core/search';
import { readDescriptionsApart } from './descriptions-reader';
import { inputPauses } from './input-pauses';

/** Descriptions indexed between two looks at the inputs (`beforeAdd`): a few ms of work. */
export const DESCRIPTIONS_STEP = 200;

export interface RowsSlice {
  first: number;
  columns: SearchColumns;
}

export interface BuildPhases {
  /** The names, communes and themes indexed; the descriptions too when `descriptions` (the build is over). */
  names(frozen: FrozenIndex, descriptions: boolean): void;
  /** Every description of the details shards in; `missing` shards could not be read. */
  descriptions(frozen: FrozenIndex, missing: number): void;
}

export type BuildRequest = ({ type: 'rows' } & RowsSlice) | { type: 'build'; rows: number; dataUrl: string | null };

export type BuildReply =
  { type: 'names'; frozen: FrozenIndex; descriptions: boolean } | { type: 'descriptions'; frozen: FrozenIndex; missing: number };

/** A dataset's index being built: its rows' slices as they come, then the build. */
export interface IndexBuilder {
  add(slice: RowsSlice): void;
  build(rows: number, dataUrl: string | null, phases: BuildPhases): void;
  /** Stops (a newer dataset): no phase is called afterwards. */
  end(): void;
}

/**
 * Builds the index of the slices' rows and calls `phases.names`, then, unless the columns carried
 * the descriptions or there is no data folder, adds those of the details shards at `dataUrl` and
 * calls `phases.descriptions`. The descriptions go in `DESCRIPTIONS_STEP` at a time, each after
 * `beforeAdd` (in the builder's worker, a pause while a person acts: a shard's thousand took
 * 40–140 ms, beside the frame answering a click).
 */
export async function buildInPhases(
  slices: readonly RowsSlice[],
  rows: number,
  dataUrl: string | null,
  phases: BuildPhases,
  cancelled: () => boolean = () => false,
  beforeAdd: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const columns = joinSlices(slices, rows);
  const index = new TextIndex(columns);
  const complete = columns.descriptions !== null || dataUrl === null;
  phases.names(index.freeze(), complete);
  if (complete) return;
  let added = Promise.resolve();
  const addInSteps = async (first: number, descriptions: string[]) => {
    for (let from = 0; from < descriptions.length && !cancelled(); from += DESCRIPTIONS_STEP) {
      await beforeAdd();
      if (!cancelled()) index.addDescriptions(first + from, descriptions.slice(from, from + DESCRIPTIONS_STEP));
    }
  };
  const add = (first: number, descriptions: string[]) => {
    added = added.then(() => addInSteps(first, descriptions));
  };
  const missing = await readDescriptionsApart(dataUrl, index.size, add, cancelled);
  await added;
  if (cancelled()) return;
  index.compact();
  phases.descriptions(index.freeze(), missing);
}

/** The columns of `rows` rows from their slices; descriptions only if every slice had them. */
export function joinSlices(slices: readonly RowsSlice[], rows: number): SearchColumns {
  const columns: SearchColumns = {
    names: new Array<string>(rows).fill(''),
    communeNames: new Array<string>(rows).fill(''),
    themes: new Array<string>(rows).fill(''),
    descriptions: slices.length > 0 && slices.every((s) => s.columns.descriptions !== null) ? new Array<string>(rows).fill('') : null,
  };
  for (const { first, columns: slice } of slices) {
    slice.names.forEach((v, i) => (columns.names[first + i] = v));
    slice.communeNames.forEach((v, i) => (columns.communeNames[first + i] = v));
    slice.themes.forEach((v, i) => (columns.themes[first + i] = v));
    if (columns.descriptions) slice.descriptions?.forEach((v, i) => ((columns.descriptions as string[])[first + i] = v));
  }
  return columns;
}

/** Builds in this thread. */
function builderHere(): IndexBuilder {
  const slices: RowsSlice[] = [];
  let ended = false;
  return {
    add: (slice) => slices.push(slice),
    build: (rows, dataUrl, phases) => void buildInPhases(slices.splice(0), rows, dataUrl, phases, () => ended),
    end: () => (ended = true),
  };
}

/**
 * Builds in a worker of its own, ended when the build is over. The slices stay here until the
 * first phase is in, to build here if the builder fails.
 */
export function startIndexBuilder(): IndexBuilder {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./search-build.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return builderHere();
  }
  let slices: RowsSlice[] | null = [];
  let fallback: IndexBuilder | null = null;
  let ended = false;
  const send = (request: BuildRequest) => worker.postMessage(request);
  return {
    add(slice) {
      slices?.push(slice);
      send({ type: 'rows', ...slice });
    },
    build(rows, dataUrl, phases) {
      worker.onmessage = (event: MessageEvent<BuildReply>) => {
        if (ended) return;
        const reply = event.data;
        if (reply.type === 'names') {
          slices = null;
          phases.names(reply.frozen, reply.descriptions);
          if (reply.descriptions) worker.terminate();
        } else {
          worker.terminate();
          phases.descriptions(reply.frozen, reply.missing);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        if (ended || slices === null) return;
        fallback = builderHere();
        for (const slice of slices) fallback.add(slice);
        slices = null;
        fallback.build(rows, dataUrl, phases);
      };
      send({ type: 'build', rows, dataUrl });
    },
    end() {
      ended = true;
      worker.terminate();
      fallback?.end();
    },
  };
}

/** The builder's side (`search-build.worker.ts`). */
export function serveIndexBuild(): void {
  const scope = self as unknown as Worker;
  const slices: RowsSlice[] = [];
  const post = (reply: BuildReply) => scope.postMessage(reply, frozenBuffers(reply.frozen));
  const pauses = inputPauses();
  scope.onmessage = (event: MessageEvent<BuildRequest>) => {
    const request = event.data;
    if (request.type === 'rows') slices.push({ first: request.first, columns: request.columns });
    else
      void buildInPhases(
        slices.splice(0),
        request.rows,
        request.dataUrl,
        {
          names: (frozen, descriptions) => post({ type: 'names', frozen, descriptions }),
          descriptions: (frozen, missing) => post({ type: 'descriptions', frozen, missing }),
        },
        undefined,
        pauses.next,
      );
  };
}
