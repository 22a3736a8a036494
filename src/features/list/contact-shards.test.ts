import { describe, expect, it } from 'vitest';
import { contactShards } from './contact-shards';

describe('the shards the contact column may fetch', () => {
  it('takes the first distinct shards of the rows in view, in order', () => {
    expect([...contactShards([3, 1500, 7, 2999, 4100, 12_000, 8000], 1000, 4)]).toEqual([0, 1, 2, 4]);
  });

  it('takes one shard for a small dataset, whatever the order', () => {
    expect([...contactShards([543, 0, 12, 300], 1000)]).toEqual([0]);
  });

  it('takes none without rows', () => {
    expect(contactShards([], 1000).size).toBe(0);
  });
});
