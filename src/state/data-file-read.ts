/**
 * Checking a data file against its schema: what a worker runs on the big files (`actors.columns.json`,
 * `links.columns.json`) after parsing them off the main thread, and the page on the small ones.
 */
import { ACTORS_FILE, ActorColumnsSchema, actorFeaturesOf, checkActorColumns, type ActorColumns } from '../core/actor-columns';
import type { ActorCollection, Link } from '../core/model';
import { ColumnsError } from '../core/column-schema';
import {
  LINKS_FILE,
  LinkColumnsFileSchema,
  linkColumnsOfFile,
  linkSlice,
  type LinkColumns,
  type LinkColumnsFile,
} from '../core/link-columns';
import { describeIssue, type SchemaIssue } from '../core/zod';
import { DataFileError } from './data-file-fetch';

export type Checked<T> = { ok: true; value: T } | { ok: false; detail: string };

/** Adapts a zod schema to a check, naming the first offending path. */
export function bySchema<T>(schema: {
  safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}) {
  return (json: unknown): Checked<T> => {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, value: parsed.data };
    const issue = parsed.error.issues[0];
    return { ok: false, detail: issue ? describeIssue(issue, 'file') : 'invalid' };
  };
}

/** The value `check` accepts, or a `DataFileError` (`shape`) naming `file`. */
export function checkedOrThrow<T>(file: string, json: unknown, check: (json: unknown) => Checked<T>): T {
  const result = check(json);
  if (!result.ok) throw new DataFileError(file, 'shape', result.detail);
  return result.value;
}

/** The files read off the main thread, and what the page holds of each once checked. */
export interface BigFiles {
  [ACTORS_FILE]: ActorCollection;
  [LINKS_FILE]: Link[];
}
export type BigFile = keyof BigFiles;

const checkColumns = bySchema(ActorColumnsSchema) as (json: unknown) => Checked<ActorColumns>;
const checkLinkColumns = bySchema(LinkColumnsFileSchema) as (json: unknown) => Checked<LinkColumnsFile>;

/** `fit` of the columns checked, its `ColumnsError` as the file's `DataFileError`. */
function fitting<T>(file: string, fit: () => T): T {
  try {
    return fit();
  } catch (error) {
    if (error instanceof ColumnsError) throw new DataFileError(file, 'shape', error.message);
    throw error;
  }
}

/** The parsed JSON of the actors' file, its columns checked against their schema and one another, or a `DataFileError`. */
export function readActorColumns(json: unknown): ActorColumns {
  const columns = checkedOrThrow(ACTORS_FILE, json, checkColumns);
  fitting(ACTORS_FILE, () => checkActorColumns(columns));
  return columns;
}

/** The parsed JSON of the links' file, its columns checked against their schema and one another, or a `DataFileError`. */
export function readLinkColumns(json: unknown): LinkColumns {
  const file = checkedOrThrow(LINKS_FILE, json, checkLinkColumns);
  return fitting(LINKS_FILE, () => linkColumnsOfFile(file));
}

/** The parsed JSON of one of the big files, checked whole: what the page holds of it, or a `DataFileError`. */
export function readBigFile<F extends BigFile>(file: F, json: unknown): BigFiles[F] {
  if (file === ACTORS_FILE) return { type: 'FeatureCollection', features: actorFeaturesOf(readActorColumns(json)) } as BigFiles[F];
  const links = readLinkColumns(json);
  return linkSlice(links, 0, links.source.length) as BigFiles[F];
}
