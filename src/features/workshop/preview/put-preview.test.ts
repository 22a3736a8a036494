import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_CACHE } from '../../../state/preview-data';
import { putPreview } from './put-preview';

/** A Cache Storage in memory, enough for putPreview. */
function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  return {
    stores,
    api: {
      delete: vi.fn(async (name: string) => stores.delete(name)),
      open: vi.fn(async (name: string) => {
        const store = stores.get(name) ?? new Map<string, Response>();
        stores.set(name, store);
        return { put: async (key: string, response: Response) => void store.set(key, response) };
      }),
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('putPreview', () => {
  it('replaces the preview cache with the files, keyed in the data folder’s apercu/ folder', async () => {
    const caches = memoryCaches();
    caches.stores.set(PREVIEW_CACHE, new Map([['https://atlas.example.org/data/apercu/details/9.json', new Response('old')]]));
    vi.stubGlobal('caches', caches.api);
    const files = new Map([
      ['actors.columns.json', '{"type":"ActorColumns","version":1}\n'],
      ['details/0.json', '{"first":0,"details":[]}\n'],
      ['meta.json', '{}\n'],
    ]);
    const url = await putPreview(files, 'https://atlas.example.org/atelier.html', './data/');
    expect(url).toBe('https://atlas.example.org/index.html?apercu=1');
    const store = caches.stores.get(PREVIEW_CACHE) ?? new Map<string, Response>();
    expect([...store.keys()]).toEqual([
      'https://atlas.example.org/data/apercu/actors.columns.json',
      'https://atlas.example.org/data/apercu/details/0.json',
      'https://atlas.example.org/data/apercu/meta.json',
    ]);
    const actors = store.get('https://atlas.example.org/data/apercu/actors.columns.json');
    expect(actors?.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await actors?.text()).toBe(files.get('actors.columns.json'));
  });

  it('says plainly when this browser cannot keep a preview (no Cache Storage over plain http)', async () => {
    vi.stubGlobal('caches', undefined);
    await expect(putPreview(new Map(), 'http://atlas.example.org/atelier.html', './data/')).rejects.toThrow(/https/);
  });
});
