/**
 * The big data files (`actors.columns.json`, `links.columns.json`) in tests: read as the atlas
 * reads them (the rows it gives the map, the links), and written from rows, for a test that
 * serves its own data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTORS_FILE, actorColumnsOf } from '../../src/core/actor-columns';
import { LINKS_FILE, linkColumnsFileOf } from '../../src/core/link-columns';
import type { ActorCollection, ActorFeature, Link } from '../../src/core/model';
import { readBigFile } from '../../src/state/data-file-read';

export { ACTORS_FILE, LINKS_FILE };

/** The actors of the data folder `dir`, as the atlas reads them. */
export function readActors(dir: string): ActorCollection {
  return readBigFile(ACTORS_FILE, JSON.parse(readFileSync(join(dir, ACTORS_FILE), 'utf8')));
}

/** The text of an actors' file holding `features`, in their order. */
export function actorsFileText(features: readonly ActorFeature[]): string {
  return `${JSON.stringify(actorColumnsOf(features))}\n`;
}

/** The links of the data folder `dir`, as the atlas reads them. */
export function readLinks(dir: string): Link[] {
  return readBigFile(LINKS_FILE, JSON.parse(readFileSync(join(dir, LINKS_FILE), 'utf8')));
}

/** The text of a links' file holding `links`, in their order. */
export function linksFileText(links: readonly Link[]): string {
  return `${JSON.stringify(linkColumnsFileOf(links))}\n`;
}
