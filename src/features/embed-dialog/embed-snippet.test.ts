import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS } from '../embed-page/embed-params';
import {
  embedQuery,
  embedUrl,
  escapeAttribute,
  fitOfFilters,
  FRAME_SIZES,
  fullMapUrl,
  iframeSnippet,
  loaderSnippet,
  loaderUrl,
} from './embed-snippet';

const page = 'https://atlas.example.org/carte/?practice=lieu#top';

describe('embed addresses', () => {
  it('puts embed.html next to the page, with the view and the embed options', () => {
    expect(embedUrl(page, 'practice=lieu&region=84', { ...DEFAULT_EMBED_OPTIONS, fit: 'r84' })).toBe(
      'https://atlas.example.org/carte/embed.html?practice=lieu&region=84&fit=r84',
    );
    expect(embedUrl(page, '', DEFAULT_EMBED_OPTIONS)).toBe('https://atlas.example.org/carte/embed.html');
    expect(embedQuery('?q=x', { ...DEFAULT_EMBED_OPTIONS, controls: [] })).toBe('q=x&controls=none');
  });

  it('opens the full map at the site root of the embed, with the view only', () => {
    expect(fullMapUrl('https://atlas.example.org/carte/embed.html?controls=none', 'practice=lieu')).toBe(
      'https://atlas.example.org/carte/?practice=lieu',
    );
    expect(fullMapUrl('http://127.0.0.1:4178/embed.html', '')).toBe('http://127.0.0.1:4178/');
    expect(loaderUrl(page)).toBe('https://atlas.example.org/carte/embed-loader.js');
  });
});

describe('snippets', () => {
  it('writes an iframe with escaped attributes, a title and the chosen size', () => {
    const src = 'https://atlas.example.org/embed.html?practice=lieu&q=a"b';
    expect(iframeSnippet(src, FRAME_SIZES.responsive, 'Carte « lieux »')).toBe(
      '<iframe src="https://atlas.example.org/embed.html?practice=lieu&amp;q=a&quot;b" title="Carte « lieux »" ' +
        'width="100%" height="600" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    expect(iframeSnippet(src, FRAME_SIZES.small, 't')).toContain('width="360" height="560"');
  });

  it('never lets a value out of its attribute', () => {
    const hostile = '"><script>alert(1)</script><x y=\'';
    const snippet = iframeSnippet(`https://a.fr/embed.html?q=${hostile}`, { width: 640, height: 480 }, hostile);
    expect(snippet).not.toContain('<script>');
    expect(snippet.match(/"/g)).toHaveLength(12);
    expect(escapeAttribute(hostile)).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x y=&#39;');
  });

  it('clamps heights to something usable', () => {
    expect(iframeSnippet('https://a.fr/', { width: 300, height: 10 }, 't')).toContain('height="320"');
    expect(iframeSnippet('https://a.fr/', { width: 300, height: 1e9 }, 't')).toContain('height="4000"');
    expect(iframeSnippet('https://a.fr/', { width: 300, height: Number.NaN }, 't')).toContain('height="600"');
  });

  it('writes the loader element and script', () => {
    expect(loaderSnippet('https://atlas.example.org/embed-loader.js', '?practice=lieu&region=84', 600, 'Carte')).toBe(
      '<div data-atlas-catalyseurs="practice=lieu&amp;region=84" data-height="600" data-title="Carte"></div>\n' +
        '<script src="https://atlas.example.org/embed-loader.js" async></script>',
    );
  });
});

describe('fitOfFilters', () => {
  it('frames the one département, else the one région of the filter', () => {
    expect(fitOfFilters({ regions: ['75'], departements: [] })).toBe('r75');
    expect(fitOfFilters({ regions: [], departements: ['2A'] })).toBe('d2A');
    expect(fitOfFilters({ regions: ['75'], departements: ['33'] })).toBe('d33');
  });

  it('frames nothing in particular without a territory or with several', () => {
    expect(fitOfFilters({ regions: [], departements: [] })).toBeNull();
    expect(fitOfFilters({ regions: ['75', '84'], departements: [] })).toBeNull();
    expect(fitOfFilters({ regions: [], departements: ['33', '40'] })).toBeNull();
    expect(fitOfFilters({ regions: ['75'], departements: ['33', '40'] })).toBeNull();
  });
});
