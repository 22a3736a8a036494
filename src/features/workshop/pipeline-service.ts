/**
 * What the pipeline worker does, apart from the worker (`pipeline.worker.ts` only carries messages)
 * so that node tests run the very same path: it keeps the files the page gave, reads a sheet,
 * checks them all with `runRequest`, and keeps the files the check wrote until they are asked for.
 */
import type { Places } from '../../pipeline/placement';
import { readSheetFile } from '../../pipeline/sheet-files';
import type { PipelineClient } from './pipeline-client';
import type { CheckResult, PipelineReplies, PipelineRequest } from './pipeline-protocol';
import { runRequest } from './run-request';

export type PipelineHandler = <R extends PipelineRequest>(request: R) => Promise<PipelineReplies[R['type']]>;

/** `placesFor(dataUrl)`: the gazetteer's places of the atlas whose data folder is `dataUrl`. */
export function createPipelineService(placesFor: (dataUrl: string) => Promise<Places>): PipelineHandler {
  const files = new Map<string, Uint8Array>();
  let written = new Map<string, string>();
  const handle = async (request: PipelineRequest): Promise<PipelineReplies[PipelineRequest['type']]> => {
    switch (request.type) {
      case 'open': {
        if (request.bytes) files.set(request.name, request.bytes);
        const bytes = files.get(request.name);
        if (!bytes) throw new Error(`Le fichier « ${request.name} » n’est plus ouvert : déposez-le à nouveau.`);
        return readSheetFile(request.name, bytes, request.options);
      }
      case 'prepare':
        // A failure here is told by the check that needs the places, not now.
        await placesFor(request.dataUrl).catch(() => undefined);
        return null;
      case 'forget':
        files.delete(request.name);
        return null;
      case 'files':
        return written;
      case 'run': {
        const { sources, corrected, builtAt } = request;
        const {
          files: output,
          sheets,
          ...result
        } = await runRequest({ sources, corrected, files, places: await placesFor(request.dataUrl), builtAt });
        written = output;
        const reply: CheckResult = {
          ...result,
          fileNames: [...output.keys()],
          sheets: sheets.map(({ role, source }) => ({ role, source })),
        };
        return reply;
      }
    }
  };
  return handle as PipelineHandler;
}

/** The worker's work in the calling thread, on the given places (node tests). */
export function inProcessClient(places: Places, builtAt = '2026-01-01T00:00:00.000Z'): PipelineClient {
  const handle = createPipelineService(() => Promise.resolve(places));
  return {
    open: (name, bytes, options) => handle({ type: 'open', name, bytes, options }),
    forget: (name) => void handle({ type: 'forget', name }),
    prepare: () => undefined,
    run: (sources, corrected) => handle({ type: 'run', sources, corrected, dataUrl: '', builtAt }),
    files: () => handle({ type: 'files' }),
    dispose: () => undefined,
  };
}
