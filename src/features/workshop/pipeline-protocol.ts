/** What the page asks the pipeline worker (`pipeline.worker.ts`), and what each request answers. */
import type { PipelineResult, SheetTable } from '../../pipeline/run-pipeline';
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
  | { type: 'run'; sources: SourceList; corrected: Record<string, Uint8Array>; dataUrl: string; builtAt: string }
  /** The data files the last check wrote (for the preview and the archive: kept in the worker until asked). */
  | { type: 'files' };

/**
 * A check as the page gets it: the pipeline's result without the text of the files it wrote (tens
 * of megabytes at 100,000 rows, asked for with `files` when the preview or the archive needs them)
 * and without the sheets' tables (the page holds them already).
 */
export type CheckResult = Omit<PipelineResult, 'files' | 'sheets'> & {
  fileNames: string[];
  sheets: Omit<SheetTable, 'table'>[];
};

export interface PipelineReplies {
  open: SheetRead;
  prepare: null;
  forget: null;
  run: CheckResult;
  files: Map<string, string>;
}
