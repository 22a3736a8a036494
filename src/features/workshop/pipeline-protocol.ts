/** What the page asks the pipeline worker (`pipeline.worker.ts`), and what each request answers. */
import type { PipelineResult } from '../../pipeline/run-pipeline';
import type { SheetRead, SheetReadOptions } from '../../pipeline/sheet-files';
import type { SourceList } from '../../pipeline/sources';

export type PipelineRequest =
  /** Reads a sheet. `bytes` the first time (the worker keeps them under `name`), null to read the kept file again. */
  | { type: 'open'; name: string; bytes: Uint8Array | null; options: SheetReadOptions }
  /** Loads the gazetteer ahead of the first check (sent when the first sheet is opened). */
  | { type: 'prepare'; dataUrl: string }
  /** The file is no longer needed. */
  | { type: 'forget'; name: string }
  /**
   * Runs the pipeline on the kept files; a file in `corrected` is read from these bytes instead
   * (a corrected sheet written again as CSV). `dataUrl`: the atlas's data folder, where the
   * gazetteer and the basemap are.
   */
  | { type: 'run'; sources: SourceList; corrected: Record<string, Uint8Array>; dataUrl: string; builtAt: string };

export interface PipelineReplies {
  open: SheetRead;
  prepare: null;
  forget: null;
  run: PipelineResult;
}
