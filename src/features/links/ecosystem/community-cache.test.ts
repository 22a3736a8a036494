import { describe, expect, it } from 'vitest';
import { communitiesOnce } from './community-cache';
import type { CommunitiesRequest, CommunityPicture } from './community-picture';

const request = (edges: Uint32Array, groupBy: CommunitiesRequest['groupBy'] = 'region'): CommunitiesRequest => ({
  type: 'communities',
  nodeCount: 3,
  edges,
  columns: { region: new Uint32Array(3), departement: new Uint32Array(3), profile: new Uint8Array(3) },
  groupBy,
  seed: 7,
  iterations: 10,
  budgetMs: 100,
});

const picture = { count: 2 } as CommunityPicture;

describe('communitiesOnce', () => {
  it('finds the communities of a graph once, and gives the same answer to the next ask', async () => {
    const edges = new Uint32Array([0, 1, 1, 2]);
    let finds = 0;
    const find = () => {
      finds += 1;
      return Promise.resolve(picture);
    };
    const first = communitiesOnce(request(edges), find);
    const again = communitiesOnce(request(edges), find);
    expect(again).toBe(first);
    expect(await again).toBe(picture);
    expect(finds).toBe(1);
    // Another graph (other links), or the same graph asked otherwise, is searched anew.
    communitiesOnce(request(new Uint32Array([0, 1, 1, 2])), find);
    communitiesOnce(request(edges, 'departement'), find);
    expect(finds).toBe(3);
  });

  it('forgets a search that failed, so that the next ask tries again', async () => {
    const edges = new Uint32Array([0, 2]);
    const failed = communitiesOnce(request(edges), () => Promise.reject(new Error('worker died')));
    await expect(failed).rejects.toThrow('worker died');
    expect(await communitiesOnce(request(edges), () => Promise.resolve(picture))).toBe(picture);
  });
});
