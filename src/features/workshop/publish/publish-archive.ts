/**
 * The publishable archive: one ZIP with the files the atlas loads under `data/`, the sheets as the
 * pipeline read them and their `sources.json` under `feuilles/` (so that `npm run data` makes the
 * same files again), and `LISEZ-MOI.txt`, which says where each goes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { DatasetMeta } from '../../../core/model';
import type { SourceList } from '../../../pipeline/sources';
import { GUIDE_FILE, publishGuide, SHEETS_FOLDER, SITE_FOLDER } from './publish-guide';

export interface PublishInput {
  /** Text by file name in the data folder (the pipeline's `files`: `actors.columns.json`, `details/0.json`…). */
  files: ReadonlyMap<string, string>;
  meta: DatasetMeta;
  /** The sources the pipeline ran on. */
  sources: SourceList;
  /** Every file the pipeline read (sheets, documents, fragility table), by its name in `sources`. */
  inputs: ReadonlyMap<string, Uint8Array>;
}

/** `donnees-atlas-2026-12-06.zip`, from the build's date. */
export function archiveName(meta: DatasetMeta): string {
  return `donnees-atlas-${meta.builtAt.slice(0, 10)}.zip`;
}

export function publishArchive(input: PublishInput): Uint8Array {
  const entries: Zippable = {};
  for (const [name, text] of input.files) entries[`${SITE_FOLDER}${entryPath(name)}`] = strToU8(text);
  entries[`${SHEETS_FOLDER}sources.json`] = strToU8(`${JSON.stringify(input.sources, null, 2)}\n`);
  // Workbooks are zips already: stored as they are.
  for (const [name, bytes] of input.inputs) entries[`${SHEETS_FOLDER}${entryPath(name)}`] = [bytes, { level: isZip(bytes) ? 0 : 6 }];
  entries[GUIDE_FILE] = strToU8(publishGuide(input.meta, input.sources));
  // The build's date on every entry: the same data give the same archive.
  return zipSync(entries, { level: 6, mtime: new Date(input.meta.builtAt) });
}

/** A file name as a path inside the archive: no absolute path, no `..`, `/` as separator. */
export function entryPath(name: string): string {
  return name
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .join('/');
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
