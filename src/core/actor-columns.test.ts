import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTORS } from '../../tests/fixtures/actors';
import { splitActors } from '../pipeline/data-files';
import {
  ActorColumnsSchema,
  actorColumnsOf,
  actorFeatureSlice,
  actorFeaturesOf,
  checkActorColumns,
  packActorColumns,
  pointColumnsOfColumns,
  type ActorColumns,
} from './actor-columns';
import { describeIssue } from './zod';
import { ColumnsError } from './column-schema';
import { featureArb } from '../../tests/fixtures/actor-arbitrary';
import { pointColumnsOf } from './dataset-index';
import type { ActorFeature } from './model';
import { ActorFeatureSchema } from './schema';

const features = splitActors({ type: 'FeatureCollection', features: ACTORS }).collection.features;

/** Through the file and back, as the pipeline writes it and the atlas reads it. */
const throughFile = (rows: readonly ActorFeature[]): ActorFeature[] =>
  actorFeaturesOf(ActorColumnsSchema.parse(JSON.parse(JSON.stringify(actorColumnsOf(rows)))));

describe('actors.columns.json', () => {
  it('gives back the very features it was made of, placed or not, in their order', () => {
    expect(throughFile(features)).toEqual(features);
    expect(features.filter((f) => f.geometry === null).length).toBeGreaterThan(0);
  });

  it('gives back any features, each a valid feature of the atlas', () => {
    fc.assert(
      fc.property(fc.array(featureArb, { maxLength: 30 }), (rows) => {
        const back = throughFile(rows);
        // As JSON gives them (-0 is written 0, as in any JSON file).
        expect(back).toEqual(JSON.parse(JSON.stringify(rows)));
        for (const f of back) expect(ActorFeatureSchema.safeParse(f).success).toBe(true);
      }),
    );
  });

  it('writes each repeated value once', () => {
    const columns = actorColumnsOf(features);
    expect(columns.kind.values).toEqual(['actor', 'project']);
    expect(columns.kind.index).toEqual(features.map((f) => (f.properties.kind === 'actor' ? 0 : 1)));
    expect(columns.practices.offsets).toHaveLength(features.length + 1);
    expect(columns.practices.index).toHaveLength(features.reduce((n, f) => n + f.properties.practices.length, 0));
    expect(new Set(columns.practices.values).size).toBe(columns.practices.values.length);
    // Nothing of the fiche: the details shards hold it.
    expect(Object.keys(columns)).not.toContain('description');
  });

  it('gives the same rows packed in typed arrays, as the worker moves them to the page', () => {
    fc.assert(
      fc.property(fc.array(featureArb, { maxLength: 30 }), (rows) => {
        const columns = ActorColumnsSchema.parse(JSON.parse(JSON.stringify(actorColumnsOf(rows))));
        const packed = packActorColumns(columns);
        expect(actorFeaturesOf(packed.columns)).toEqual(actorFeaturesOf(columns));
        // Made in slices, as the page does: the same rows.
        const cut = Math.floor(rows.length / 3);
        expect([...actorFeatureSlice(packed.columns, 0, cut), ...actorFeatureSlice(packed.columns, cut, rows.length)]).toEqual(
          actorFeaturesOf(columns),
        );
        expect(pointColumnsOfColumns(packed.columns)).toEqual(pointColumnsOfColumns(columns));
        // Every number column moves: 2 places, 8 coded columns, 3 lists of two arrays, sample and qualification.
        expect(packed.buffers).toHaveLength(2 + 8 + 3 * 2 + 2);
      }),
    );
  });

  it('gives the clustering the same point columns as the features do', () => {
    fc.assert(
      fc.property(fc.array(featureArb, { maxLength: 30 }), (rows) => {
        expect(pointColumnsOfColumns(actorColumnsOf(rows))).toEqual(pointColumnsOf(rows));
      }),
    );
  });
});

describe('columns that do not fit one another', () => {
  const good = (): ActorColumns => actorColumnsOf(features);
  const failure = (columns: ActorColumns): string => {
    try {
      checkActorColumns(columns);
    } catch (error) {
      expect(error).toBeInstanceOf(ColumnsError);
      return (error as Error).message;
    }
    return 'accepted';
  };

  it('passes the columns the pipeline writes', () => {
    expect(failure(good())).toBe('accepted');
  });

  it('names a column shorter than the ids', () => {
    const c = good();
    c.name.pop();
    expect(failure(c)).toBe(`name: ${features.length - 1} rows, not ${features.length} as id`);
  });

  it('names an index past its values', () => {
    const c = good();
    c.communeName.index[2] = c.communeName.values.length;
    expect(failure(c)).toBe(`communeName.index.2: ${c.communeName.values.length} is past the ${c.communeName.values.length} values`);
  });

  it('names offsets that go back or do not cover the lists', () => {
    const back = good();
    back.themes.offsets[1] = 5;
    back.themes.offsets[2] = 1;
    expect(failure(back)).toBe('themes.offsets.2: smaller than the one before');
    const short = good();
    short.practices.offsets[features.length] = 0;
    expect(failure(short)).toBe(`practices.offsets: must run from 0 to ${short.practices.index.length}`);
  });

  it('names a place with one coordinate only', () => {
    const c = good();
    c.lat[0] = null;
    expect(failure(c)).toBe('lon.0: a place needs both lon and lat');
  });

  it('is refused by its schema with the first bad item of a long column named', () => {
    const problem = (edit: (c: Record<string, unknown[]> & { kind: { index: unknown[] } }) => void) => {
      const c = JSON.parse(JSON.stringify(good())) as Record<string, unknown[]> & { kind: { index: unknown[] } };
      edit(c);
      const parsed = ActorColumnsSchema.safeParse(c);
      return parsed.success ? 'accepted' : describeIssue(parsed.error.issues[0]!);
    };
    expect(problem((c) => (c['lon']![3] = 200))).toBe('lon.3: expected a number from -180 to 180, or null');
    expect(problem((c) => (c['qualification']![1] = '1'))).toBe('qualification.1: expected a number from 0 to 1');
    expect(problem((c) => (c['id']![2] = ''))).toBe('id.2: expected a text of 1 character or more');
    expect(problem((c) => (c['sample']![0] = 'oui'))).toBe('sample.0: expected true or false');
    expect(problem((c) => (c.kind.index[4] = -1))).toBe('kind.index.4: expected a whole number, 0 or more');
    expect(problem((c) => (c['name'] = 'Poitiers' as unknown as unknown[]))).toBe('name: expected array');
  });

  it('is refused by its schema with a code out of the vocabulary', () => {
    const c = JSON.parse(JSON.stringify(good())) as { profile: { values: string[] } };
    c.profile.values[0] = 'inconnu';
    expect(ActorColumnsSchema.safeParse(c).success).toBe(false);
  });
});
