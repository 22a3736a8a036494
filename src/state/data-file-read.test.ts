/** What the data worker runs on a parsed file, tested without a worker. */
import { describe, expect, it } from 'vitest';
import { DataFileError } from './data-file-fetch';
import { readBigFile } from './data-file-read';
import { actor } from '../../tests/fixtures/actors';
import { splitActors } from '../pipeline/data-files';
import { ACTORS_FILE, actorColumnsOf } from '../core/actor-columns';
import { LINKS_FILE, linkColumnsFileOf } from '../core/link-columns';

const good = splitActors({ type: 'FeatureCollection', features: [actor({ id: 'a' }), actor({ id: 'b' }, null)] }).collection;

function failure(run: () => unknown): DataFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('readBigFile', () => {
  it('gives the checked actors and links', () => {
    expect(readBigFile(ACTORS_FILE, JSON.parse(JSON.stringify(actorColumnsOf(good.features))))).toEqual(good);
    const link = { source: 'a', target: 'b', type: 'partenaire' as const, note: '', sources: [], sample: false };
    expect(readBigFile(LINKS_FILE, JSON.parse(JSON.stringify(linkColumnsFileOf([link]))))).toEqual([link]);
  });

  it('says which file has the wrong shape, and where, as the page would', () => {
    const error = failure(() => readBigFile(ACTORS_FILE, { type: 'FeatureCollection', features: [{ type: 'Feature' }] }));
    expect(error).toMatchObject({ file: 'actors.columns.json', reason: 'shape' });
    expect(error.message).toBe('actors.columns.json: type: expected one of "ActorColumns"');
    expect(error.message).toBe(`actors.columns.json: ${error.detail}`);
    const columns = actorColumnsOf(good.features);
    columns.name[1] = '';
    expect(failure(() => readBigFile(ACTORS_FILE, columns)).detail).toBe('name.1: expected a text of 1 character or more');
    columns.name[1] = 'b';
    columns.kind.index.pop();
    expect(failure(() => readBigFile(ACTORS_FILE, columns)).detail).toBe('kind.index: 1 rows, not 2 as id');
    expect(failure(() => readBigFile(LINKS_FILE, []))).toMatchObject({
      file: 'links.columns.json',
      reason: 'shape',
      detail: 'file: expected object',
    });
    const links = linkColumnsFileOf([
      { source: 'a', target: 'b', type: 'porte', note: '', sources: [], sample: false },
      { source: 'b', target: 'a', type: 'membre', note: '', sources: [], sample: false },
    ]);
    expect(failure(() => readBigFile(LINKS_FILE, { ...links, linkType: { values: ['ami'], index: [0, 0] } })).detail).toMatch(
      /^linkType\.values\.0: /,
    );
    expect(failure(() => readBigFile(LINKS_FILE, { ...links, target: [1, 2] })).detail).toBe('target.1: 2 is past the 2 values');
    expect(failure(() => readBigFile(LINKS_FILE, { ...links, sample: [false] })).detail).toBe('sample: 1 links, not 2 as source');
    expect(failure(() => readBigFile(LINKS_FILE, { ...links, note: { values: [''], index: [0, 1] } })).detail).toBe(
      'note.index.1: 1 is past the 1 values',
    );
  });
});
