import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataFileError, loadDataFile } from './data-file-fetch';
import { isPreviewUrl, PREVIEW_CACHE, previewFolderUrl, previewKey, setPreviewData } from './preview-data';

const PAGE = 'https://atlas.example.org/carte/index.html?apercu=1';

describe('the preview’s keys', () => {
  it('are the files’ URLs in the data folder’s own apercu/ folder', () => {
    expect(previewFolderUrl('./data/', PAGE)).toBe('https://atlas.example.org/carte/data/apercu/');
    expect(previewKey('details/0.json', './data/', PAGE)).toBe('https://atlas.example.org/carte/data/apercu/details/0.json');
    expect(previewKey('actors.columns.json', '/data/', PAGE)).toBe('https://atlas.example.org/data/apercu/actors.columns.json');
  });

  it('are told apart from the published files’ URLs', () => {
    expect(isPreviewUrl('https://atlas.example.org/carte/data/apercu/details/3.json')).toBe(true);
    expect(isPreviewUrl('https://atlas.example.org/carte/data/details/3.json')).toBe(false);
  });
});

describe('loadDataFile in the preview', () => {
  const cached = new Map<string, string>();
  const match = vi.fn(async (key: string, options?: { cacheName?: string }) =>
    options?.cacheName === PREVIEW_CACHE && cached.has(key) ? new Response(cached.get(key)) : undefined,
  );
  const network = vi.fn(async () => new Response('{"published":true}'));

  const start = () => {
    vi.stubGlobal('document', { baseURI: PAGE });
    vi.stubGlobal('caches', { match });
    vi.stubGlobal('fetch', network);
    setPreviewData(true);
  };
  afterEach(() => {
    setPreviewData(false);
    cached.clear();
    vi.unstubAllGlobals();
    vi.clearAllMocks();
  });

  it('reads a data file from the preview cache, never from the network', async () => {
    start();
    cached.set('https://atlas.example.org/carte/data/apercu/meta.json', '{"preview":true}');
    const json = await loadDataFile('meta.json', new AbortController().signal, (j) => j, './data/');
    expect(json).toEqual({ preview: true });
    expect(network).not.toHaveBeenCalled();
  });

  it('fails with a preview error, at once and without the published file, when the preview is missing', async () => {
    start();
    const error = await loadDataFile('links.columns.json', new AbortController().signal, (j) => j, './data/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).reason).toBe('preview');
    expect(match).toHaveBeenCalledTimes(1);
    expect(network).not.toHaveBeenCalled();
  });

  it('reads the basemaps and the gazetteer, which the workshop does not build, from the site', async () => {
    start();
    const json = await loadDataFile('gazetteer.json', new AbortController().signal, (j) => j, './data/');
    expect(json).toEqual({ published: true });
    expect(network).toHaveBeenCalledWith('./data/gazetteer.json', expect.anything());
  });
});
