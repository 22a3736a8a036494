/**
 * The workshop's side of the preview: the files it built go into this browser's Cache Storage
 * (cache `atlas-apercu`), keyed as the atlas opened with `?apercu=1` reads them
 * (`src/state/preview-data.ts`); the published files and their HTTP cache are not touched.
 */
import { dataFolder } from '../../../state/data-file-fetch';
import { PREVIEW_CACHE, previewKey } from '../../../state/preview-data';

/** The atlas on the preview, relative to the page (the workshop and the atlas share a folder). */
export const PREVIEW_PAGE = 'index.html?apercu=1';

/** Cache Storage exists only in secure contexts: a page served over https, or from this computer. */
export function canKeepPreview(): boolean {
  return typeof caches !== 'undefined';
}

/** Every data file is JSON. */
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Replaces the preview with `files` (text by name in the data folder: `actors.columns.json`,
 * `details/0.json`…): the former preview goes first, so that no file of it is left.
 * Resolves to the preview page's absolute URL.
 */
export async function putPreview(files: ReadonlyMap<string, string>, base = document.baseURI, folder = dataFolder()): Promise<string> {
  if (!canKeepPreview()) throw new Error('no Cache Storage in this page (it needs https)');
  await caches.delete(PREVIEW_CACHE);
  const cache = await caches.open(PREVIEW_CACHE);
  await Promise.all(
    [...files].map(([name, text]) =>
      cache.put(previewKey(name, folder, base), new Response(text, { headers: { 'Content-Type': JSON_TYPE } })),
    ),
  );
  return new URL(PREVIEW_PAGE, base).href;
}

/** Removes the preview from this browser. */
export async function clearPreview(): Promise<void> {
  if (typeof caches !== 'undefined') await caches.delete(PREVIEW_CACHE);
}
