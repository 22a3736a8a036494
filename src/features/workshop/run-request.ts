/**
 * The pipeline worker's check (`pipeline.worker.ts`), apart from the worker so that node tests run
 * the very same path: `runPipeline` on the files the page gave, a corrected sheet read from its
 * corrected bytes instead.
 */
import type { Places } from '../../pipeline/placement';
import { runPipeline, type PipelineResult } from '../../pipeline/run-pipeline';
import type { SourceList } from '../../pipeline/sources';

export interface RunRequest {
  sources: SourceList;
  /** Bytes that replace a file's (a corrected sheet written again as CSV). */
  corrected: Readonly<Record<string, Uint8Array>>;
  /** The files the page gave, by name. */
  files: ReadonlyMap<string, Uint8Array>;
  places: Places;
  builtAt: string;
}

export async function runRequest(request: RunRequest): Promise<PipelineResult> {
  const { sources, corrected, files } = request;
  return runPipeline({
    sources,
    places: request.places,
    builtAt: request.builtAt,
    // The preview checks the files on load, as the atlas always does: not twice here.
    checkOutputs: false,
    // A corrected sheet comes back as CSV text, under its workbook's name too: not the person's doing.
    csvText: new Set(Object.keys(corrected)),
    read: (file) => {
      const bytes = corrected[file] ?? files.get(file);
      return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`Le fichier « ${file} » n’est pas ouvert dans l’atelier.`));
    },
  });
}
