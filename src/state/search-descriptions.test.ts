import { describe, expect, it, vi } from 'vitest';
import { loadDescriptions, shardCount, shardDescriptions } from './search-descriptions';
import { readDescriptionsApart } from './descriptions-reader';
import { DetailsShardSchema } from '../core/schema';

const shard = (first: number, n: number) => ({
  first,
  details: Array.from({ length: n }, (_, i) => ({
    id: `r${first + i}`,
    description: `description ${first + i}`,
    website: '',
    sources: [],
    locationBasis: '',
  })),
});

describe('loadDescriptions', () => {
  it('fetches every shard of the rows from the data folder and hands over their descriptions', async () => {
    const urls: string[] = [];
    const added = new Map<number, string[]>();
    const missing = await loadDescriptions(
      'https://example.org/atlas/data/',
      2500,
      (first, descriptions) => added.set(first, descriptions),
      undefined,
      (url) => {
        urls.push(url);
        const k = Number(/details\/(\d+)\.json$/.exec(url)?.[1]);
        return Promise.resolve(shard(k * 1000, k === 2 ? 500 : 1000));
      },
    );
    expect(missing).toBe(0);
    expect(urls.sort()).toEqual([0, 1, 2].map((k) => `https://example.org/atlas/data/details/${k}.json`));
    expect([...added.keys()].sort((a, b) => a - b)).toEqual([0, 1000, 2000]);
    expect(added.get(2000)?.[499]).toBe('description 2499');
  });

  it('skips a shard that fails or is not a shard, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const added: number[] = [];
    const missing = await loadDescriptions(
      'https://example.org/data/',
      3000,
      (first) => added.push(first),
      undefined,
      (url) => {
        if (url.endsWith('/1.json')) return Promise.reject(new Error('404 Not Found'));
        if (url.endsWith('/2.json')) return Promise.resolve({ oops: true });
        return Promise.resolve(shard(0, 1000));
      },
    );
    expect(missing).toBe(2);
    expect(added).toEqual([0]);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('waits for `beforeShard` before fetching each shard (a reader paused while a person acts)', async () => {
    const fetched: string[] = [];
    const waiting: (() => void)[] = [];
    const loading = loadDescriptions(
      'https://example.org/data/',
      2000,
      () => {},
      undefined,
      (url) => {
        fetched.push(url);
        return Promise.resolve(shard(0, 1000));
      },
      undefined,
      () => new Promise<void>((resolve) => waiting.push(resolve)),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Two shards, fetched side by side: both wait, nothing is fetched.
    expect(waiting).toHaveLength(2);
    expect(fetched).toEqual([]);
    waiting.shift()?.();
    await vi.waitFor(() => expect(fetched).toHaveLength(1));
    waiting.shift()?.();
    await vi.waitFor(() => expect(fetched).toHaveLength(2));
    // A fetcher let go takes the next shard, then waits again; let go once more, it finds none left.
    while (waiting.length > 0) {
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await expect(loading).resolves.toBe(0);
    expect(fetched).toHaveLength(2);
  });

  it('stops when cancelled (newer data)', async () => {
    let calls = 0;
    await loadDescriptions(
      'https://example.org/data/',
      100_000,
      () => {},
      () => calls >= 4,
      () => {
        calls += 1;
        return Promise.resolve(shard(0, 1));
      },
    );
    expect(calls).toBeLessThanOrEqual(8);
  });
});

describe('loadDescriptions of a range of shards', () => {
  it('fetches only the shards of the range, the last one cut to the rows', async () => {
    const urls: number[] = [];
    const missing = await loadDescriptions(
      'https://example.org/data/',
      12_500,
      () => {},
      undefined,
      (url) => {
        urls.push(Number(/(\d+)\.json$/.exec(url)?.[1]));
        return Promise.resolve(shard(0, 1));
      },
      { from: 10, to: 20 },
    );
    expect(missing).toBe(0);
    expect(shardCount(12_500)).toBe(13);
    expect(urls.sort((a, b) => a - b)).toEqual([10, 11, 12]);
  });
});

describe('readDescriptionsApart (no worker here: read in this thread, ten shards at a time)', () => {
  it('hands over every shard, counts the missing ones, and stops when cancelled', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetched: number[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      const k = Number(/(\d+)\.json$/.exec(url)?.[1]);
      fetched.push(k);
      return Promise.resolve(k === 17 ? new Response(null, { status: 404 }) : Response.json(shard(k * 1000, 1000)));
    });
    try {
      const added: number[] = [];
      const missing = await readDescriptionsApart('https://example.org/data/', 24_200, (first) => added.push(first / 1000));
      expect(missing).toBe(1);
      expect(added.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, k) => k).filter((k) => k !== 17));
      fetched.length = 0;
      await readDescriptionsApart(
        'https://example.org/data/',
        24_200,
        () => {},
        () => fetched.length >= 3,
      );
      expect(fetched.length).toBeLessThan(10);
    } finally {
      vi.unstubAllGlobals();
      warn.mockRestore();
    }
  });
});

describe('shardDescriptions', () => {
  it('takes the first row and the descriptions of a shard the schema takes', () => {
    const good = shard(3000, 3);
    expect(DetailsShardSchema.safeParse(good).success).toBe(true);
    expect(shardDescriptions(good)).toEqual({ first: 3000, descriptions: ['description 3000', 'description 3001', 'description 3002'] });
    expect(shardDescriptions({ first: 0, details: [] })).toEqual({ first: 0, descriptions: [] });
  });

  it('refuses what is not a shard, or a description that is not text', () => {
    for (const bad of [
      null,
      'text',
      [],
      { details: [] },
      { first: -1, details: [] },
      { first: 1.5, details: [] },
      { first: 0, details: {} },
      { first: 0, details: [null] },
      { first: 0, details: [{ id: 'a' }] },
      { first: 0, details: [{ id: 'a', description: 7 }] },
      { first: 0, details: Array.from({ length: 1001 }, () => ({ description: '' })) },
    ]) {
      expect(shardDescriptions(bad), JSON.stringify(bad)?.slice(0, 60)).toBeNull();
    }
  });
});
