/** Gzipped sizes of the built files (gzip -9, what a static host serves precompressed). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeGroup {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

export interface BuildSizes {
  maplibre: SizeGroup;
  /** Every other script of the build, lazy chunks and workers included. */
  appAll: SizeGroup;
  /** The scripts the page fetched up to its first interactive map, MapLibre's apart. */
  appInitial: SizeGroup;
  css: SizeGroup;
  /** What the default page loads from data/ before its first interactive map. */
  dataInitial: SizeGroup;
  /** Every file of data/ (the gazetteer and coverage files are fetched only when used). */
  dataAll: SizeGroup;
}

const MAPLIBRE = /(^|\/)maplibre/;

export function gzipSize(buffer: Buffer | string): number {
  return gzipSync(buffer, { level: 9 }).length;
}

export function buildSizes(dist: string, initialScripts: readonly string[], initialData: readonly string[]): BuildSizes {
  const files = walk(dist).map((f) => relative(dist, f));
  const scripts = files.filter((f) => /\.m?js$/.test(f));
  const group = (list: string[]) => measure(dist, list);
  const initial = new Set(initialScripts.map((p) => p.replace(/^\//, '')));
  return {
    maplibre: group(scripts.filter((f) => MAPLIBRE.test(f))),
    appAll: group(scripts.filter((f) => !MAPLIBRE.test(f))),
    appInitial: group(scripts.filter((f) => !MAPLIBRE.test(f) && initial.has(f))),
    css: group(files.filter((f) => f.endsWith('.css'))),
    dataInitial: group(initialData.map((name) => `data/${name}`)),
    dataAll: group(files.filter((f) => f.startsWith('data/'))),
  };
}

function measure(dist: string, files: string[]): SizeGroup {
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const content = readFileSync(join(dist, f));
    bytes += content.length;
    gzipBytes += gzipSize(content);
  }
  return { files, bytes, gzipBytes };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
