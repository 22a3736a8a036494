/**
 * One naming convention for files: kebab-case words, with dot-separated kebab-case parts for the
 * kind and the extension (`map-view.tsx`, `use-cluster-markers.ts`, `cluster.worker.ts`,
 * `embed.browser.test.ts`). Fixtures keep the names of what they stand for; folders starting with
 * a dot (generated output such as bench/.out) are not ours to name.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['src', 'scripts', 'build', 'bench', 'tests'];
const SKIPPED = new Set(['tests/fixtures']);
const KEBAB_FILE = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;

function filesUnder(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules' && !SKIPPED.has(path)) files.push(...filesUnder(path));
    } else {
      files.push(path);
    }
  }
  return files;
}

describe('file names', () => {
  it('are kebab-case in src, scripts, build, bench and tests', () => {
    const files = FOLDERS.flatMap(filesUnder);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((path) => !KEBAB_FILE.test(path.slice(path.lastIndexOf('/') + 1)));
    expect(offenders, `not kebab-case (rename with git mv, then update the imports):\n${offenders.join('\n')}`).toEqual([]);
  });

  it('the rule accepts the house names and refuses the others', () => {
    for (const name of ['map-view.tsx', 'use-cluster-markers.ts', 'cluster.worker.ts', 'embed.browser.test.ts', 'app.css'])
      expect(name).toMatch(KEBAB_FILE);
    for (const name of ['MapView.tsx', 'useClusterMarkers.ts', 'map_view.tsx', 'map--view.ts', '-map.ts', 'map.', '.hidden'])
      expect(name).not.toMatch(KEBAB_FILE);
  });
});
