/**
 * A tiled dataset (`meta.json` has `tiles`, `npm run data:tiles`) is read as vector tiles by range
 * requests: the page must not preload the rows' files (`index.html` preloads them for the loaded
 * map). This Vite plugin drops those preloads from the built pages when the data are tiled.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const WHOLE_DATA_PRELOAD = /\s*<link rel="preload" href="\.\/data\/(actors\.columns\.json|links\.columns\.json)"[^>]*>/g;

/** The page without its preloads of `actors.columns.json` and `links.columns.json`. */
export function dropWholeDataPreloads(html: string): string {
  return html.replace(WHOLE_DATA_PRELOAD, '');
}

export function isTiled(metaFile: string): boolean {
  if (!existsSync(metaFile)) return false;
  try {
    return (JSON.parse(readFileSync(metaFile, 'utf8')) as { tiles?: unknown }).tiles !== undefined;
  } catch {
    return false;
  }
}

export function tiledPreloads({ meta }: { meta: string }): Plugin {
  return {
    name: 'atlas-tiled-preloads',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (isTiled(meta) ? dropWholeDataPreloads(html) : html),
    },
  };
}
