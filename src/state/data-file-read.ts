/**
 * Checking a data file against its schema: what a worker runs on the big files (`actors.columns.json`,
 * `links.json`) after parsing them off the main thread, and the page on the small ones.
 */
import {
  ACTORS_FILE,
  ActorColumnsError,
  ActorColumnsSchema,
  actorFeaturesOf,
  checkActorColumns,
  type ActorColumns,
} from '../core/actor-columns';
import type { ActorCollection, Link } from '../core/model';
import { LinksSchema, plainLinks } from '../core/schema';
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
  'links.json': Link[];
}
export type BigFile = keyof BigFiles;

const checkColumns = bySchema(ActorColumnsSchema) as (json: unknown) => Checked<ActorColumns>;
const checkLinksBySchema = bySchema(LinksSchema);
/** Well-formed links in one quick loop; the schema only where something is wrong, to name it. */
const checkLinks = (json: unknown): Checked<Link[]> => {
  const links = plainLinks(json);
  return links ? { ok: true, value: links } : checkLinksBySchema(json);
};

/** The parsed JSON of the actors' file, its columns checked against their schema and one another, or a `DataFileError`. */
export function readActorColumns(json: unknown): ActorColumns {
  const columns = checkedOrThrow(ACTORS_FILE, json, checkColumns);
  try {
    checkActorColumns(columns);
  } catch (error) {
    if (error instanceof ActorColumnsError) throw new DataFileError(ACTORS_FILE, 'shape', error.message);
    throw error;
  }
  return columns;
}

/** The parsed JSON of one of the big files, checked whole: what the page holds of it, or a `DataFileError`. */
export function readBigFile<F extends BigFile>(file: F, json: unknown): BigFiles[F] {
  if (file === ACTORS_FILE) return { type: 'FeatureCollection', features: actorFeaturesOf(readActorColumns(json)) } as BigFiles[F];
  return checkedOrThrow(file, json, checkLinks) as BigFiles[F];
}
