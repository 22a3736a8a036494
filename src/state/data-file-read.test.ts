/** What the data worker runs on a parsed file, tested without a worker. */
import { describe, expect, it } from 'vitest';
import { DataFileError } from './data-file-fetch';
import { readBigFile } from './data-file-read';
import { actor } from '../../tests/fixtures/actors';
import { splitActors } from '../pipeline/data-files';

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
    expect(readBigFile('actors.geojson', JSON.parse(JSON.stringify(good)))).toEqual(good);
    const link = { source: 'a', target: 'b', type: 'partenaire', note: '', sources: [], sample: false };
    expect(readBigFile('links.json', [link])).toEqual([link]);
  });

  it('says which file has the wrong shape, and where, as the page would', () => {
    const error = failure(() => readBigFile('actors.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature' }] }));
    expect(error).toMatchObject({ file: 'actors.geojson', reason: 'shape' });
    expect(error.message).toBe('actors.geojson: features.0.id: expected string');
    expect(error.message).toBe(`actors.geojson: ${error.detail}`);
    expect(failure(() => readBigFile('links.json', {}))).toMatchObject({
      file: 'links.json',
      reason: 'shape',
      detail: 'file: expected array',
    });
  });
});
