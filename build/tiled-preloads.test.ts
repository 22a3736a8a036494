import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropWholeDataPreloads } from './tiled-preloads';

describe('dropWholeDataPreloads', () => {
  it('drops the preloads of the rows and links, and keeps the others', () => {
    const html = readFileSync(resolve(__dirname, '../index.html'), 'utf8');
    expect(html).toContain('./data/actors.columns.json');
    const tiled = dropWholeDataPreloads(html);
    expect(tiled).not.toContain('./data/actors.columns.json');
    expect(tiled).not.toContain('./data/links.columns.json');
    expect(tiled).toContain('./data/meta.json');
    expect(tiled).toContain('./data/basemap-overview.topo.json');
  });
});
