/**
 * The actors' data file (`actors.columns.json`) in tests: read as the atlas reads it (the rows
 * it gives the map), and written from rows, for a test that serves its own actors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTORS_FILE, actorColumnsOf } from '../../src/core/actor-columns';
import type { ActorCollection, ActorFeature } from '../../src/core/model';
import { readBigFile } from '../../src/state/data-file-read';

export { ACTORS_FILE };

/** The actors of the data folder `dir`, as the atlas reads them. */
export function readActors(dir: string): ActorCollection {
  return readBigFile(ACTORS_FILE, JSON.parse(readFileSync(join(dir, ACTORS_FILE), 'utf8')));
}

/** The text of an actors' file holding `features`, in their order. */
export function actorsFileText(features: readonly ActorFeature[]): string {
  return `${JSON.stringify(actorColumnsOf(features))}\n`;
}
