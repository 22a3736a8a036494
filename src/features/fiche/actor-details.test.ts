import { describe, expect, it } from 'vitest';
import { detailsIn, detailsShardOf } from './actor-details';

const entry = (id: string) => ({ id, description: `d ${id}`, website: '', sources: [], locationBasis: '', verifiedAt: '' });

describe('detailsShardOf', () => {
  it('finds the shard of a row', () => {
    expect([0, 999, 1000, 1001, 2500].map((row) => detailsShardOf(row, 1000))).toEqual([0, 0, 1, 1, 2]);
  });
});

describe('detailsIn', () => {
  const shard = { first: 1000, details: [entry('a'), entry('b')] };
  it('reads the entry at the row, or looks it up by id', () => {
    expect(detailsIn(shard, 1001, 'b')?.description).toBe('d b');
    expect(detailsIn(shard, 1000, 'b')?.description).toBe('d b');
    expect(detailsIn(shard, 1000, 'z')).toBeUndefined();
  });
});
