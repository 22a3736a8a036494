/**
 * The page's side of the pipeline worker. The store talks to a `PipelineClient`; node tests give
 * it one of their own. A file's bytes are moved to the worker, not copied: the page sends a copy
 * once, the worker keeps it, and every later read or check names the file.
 */
import type { SheetRead, SheetReadOptions } from '../../pipeline/sheet-files';
import type { SourceList } from '../../pipeline/sources';
import { dataFolderUrl } from '../../state/search-client';
import { createRpcClient } from '../../state/worker-rpc';
import type { CheckResult, PipelineReplies, PipelineRequest } from './pipeline-protocol';

export interface PipelineClient {
  /** Reads a sheet: with its bytes the first time, without them to read it again (another sheet, no header). */
  open(name: string, bytes: Uint8Array | null, options: SheetReadOptions): Promise<SheetRead>;
  forget(name: string): void;
  /** Starts loading what a check needs (the gazetteer), so that the first check does not wait for it. */
  prepare(): void;
  /** Checks the sheets; `corrected` replaces the bytes of the files it names (moved, not copied). */
  run(sources: SourceList, corrected: Record<string, Uint8Array>): Promise<CheckResult>;
  /** The data files the last check wrote (the preview, the archive). */
  files(): Promise<Map<string, string>>;
  dispose(): void;
}

/** The atlas's data folder, beside the page. */
const dataUrl = () => dataFolderUrl() ?? new URL('data/', document.baseURI).href;

export function createPipelineClient(): PipelineClient {
  const worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });
  const { send, dispose } = createRpcClient<PipelineRequest, PipelineReplies>(worker);
  return {
    open: (name, bytes, options) => {
      // The page keeps its own bytes: the worker gets a copy it owns.
      const copy = bytes ? bytes.slice() : null;
      return send({ type: 'open', name, bytes: copy, options }, copy ? [copy.buffer] : []);
    },
    forget: (name) => void send({ type: 'forget', name }).catch(() => undefined),
    prepare: () => void send({ type: 'prepare', dataUrl: dataUrl() }).catch(() => undefined),
    run: (sources, corrected) =>
      send(
        {
          type: 'run',
          sources,
          corrected,
          dataUrl: dataUrl(),
          builtAt: new Date().toISOString(),
        },
        Object.values(corrected).map((bytes) => bytes.buffer),
      ),
    files: () => send({ type: 'files' }),
    dispose,
  };
}
