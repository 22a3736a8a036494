/// <reference lib="webworker" />
/**
 * The pipeline of `npm run data`, off the page: it reads the workshop's sheets (SheetJS loads
 * here, only when a workbook is opened) and checks them against the atlas's own gazetteer, kept
 * after the first check. Every failure is answered with a French message the page shows as is.
 */
import type { RpcReply } from '../../state/worker-rpc';
import { placesFromFiles } from '../../pipeline/gazetteer-places';
import type { Places } from '../../pipeline/placement';
import { SheetFileError } from '../../pipeline/sheet-files';
import type { PipelineRequest } from './pipeline-protocol';
import { createPipelineService } from './pipeline-service';

let places: { dataUrl: string; places: Promise<Places> } | null = null;

const PLACES_FAILED =
  'Le répertoire des communes de l’atlas (data/gazetteer.json, data/basemap.topo.json) n’a pas pu être chargé : vérifiez la connexion et réessayez.';

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.text();
}

function loadPlaces(dataUrl: string): Promise<Places> {
  if (places?.dataUrl === dataUrl) return places.places;
  const loading = Promise.all([fetchText(new URL('gazetteer.json', dataUrl).href), fetchText(new URL('basemap.topo.json', dataUrl).href)])
    .then(([gazetteer, basemap]) => placesFromFiles(gazetteer, basemap))
    .catch((error: unknown) => {
      places = null;
      console.error(error);
      throw new Error(PLACES_FAILED);
    });
  places = { dataUrl, places: loading };
  return loading;
}

const handle = createPipelineService(loadPlaces);

function messageOf(error: unknown): string {
  if (error instanceof SheetFileError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (message === PLACES_FAILED || /^Le fichier « /.test(message)) return message;
  return `Erreur inattendue pendant la lecture ou la vérification : ${message}`;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
// As `serveRpc` (state/worker-rpc.ts), for a handler that answers later: reading and checking are asynchronous.
scope.onmessage = (event: MessageEvent<PipelineRequest & { seq: number }>) => {
  const { seq } = event.data;
  handle(event.data).then(
    (value) => scope.postMessage({ seq, ok: true, value } satisfies RpcReply),
    (error: unknown) => {
      if (!(error instanceof SheetFileError)) console.error(error);
      scope.postMessage({ seq, ok: false, error: messageOf(error) } satisfies RpcReply);
    },
  );
};
