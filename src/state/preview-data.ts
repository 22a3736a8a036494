/**
 * The data workshop's preview: the files it built, kept in this browser's Cache Storage (cache
 * `atlas-apercu`), which the atlas opened with `?apercu=1` reads instead of the published ones.
 * Each file is keyed by its URL in a folder of its own, `data/apercu/`, that no server holds: the
 * published files and their HTTP cache are never touched, and a missing preview can never fall
 * back on the published data. Kept tiny: the atlas's first view loads it.
 */

export const PREVIEW_CACHE = 'atlas-apercu';

/** The preview's folder, inside the data folder. */
const PREVIEW_FOLDER = 'apercu/';

/** Files the workshop does not build (basemaps, gazetteer): the preview shows the published ones. */
export const SHARED_DATA_FILES: ReadonlySet<string> = new Set(['basemap-overview.topo.json', 'basemap.topo.json', 'gazetteer.json']);

let previewOn = false;

/** Set once from the page's URL (`apercu=1`) by the URL sync, before any data file is fetched. */
export function setPreviewData(on: boolean): void {
  previewOn = on;
}

export function isPreviewData(): boolean {
  return previewOn;
}

/** The preview folder's absolute URL, for a data folder's (relative to the page or absolute). */
export function previewFolderUrl(dataFolder: string, base: string): string {
  return new URL(PREVIEW_FOLDER, new URL(dataFolder, base)).href;
}

/** The key of a data file (`details/0.json`) in the preview cache. */
export function previewKey(file: string, dataFolder: string, base: string): string {
  return new URL(file, previewFolderUrl(dataFolder, base)).href;
}

/** Whether an absolute URL is a preview file's (the search worker reads them too). */
export function isPreviewUrl(url: string): boolean {
  return new URL(url).pathname.includes(`/data/${PREVIEW_FOLDER}`);
}

/**
 * The preview's copy of a file, or null when this browser has none (cache cleared, another
 * browser, or no Cache Storage: it needs https or a local address).
 */
export async function previewResponse(key: string): Promise<Response | null> {
  if (typeof caches === 'undefined') return null;
  return (await caches.match(key, { cacheName: PREVIEW_CACHE })) ?? null;
}
