/**
 * The bench's own build of the app, in bench/.out/dist: never the `dist/` of `npm run build`,
 * which other builds (tests, a deployment) may be writing or serving at the same time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The bench's build folder, relative to the project root (what `vite preview` is given). */
export const BENCH_DIST = 'bench/.out/dist';

function run(root: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/**
 * Builds the app into `BENCH_DIST` and returns its absolute path. `data: 'always'` runs
 * `npm run data` first (as `npm run build` does); 'if-missing' only when public/data is empty.
 */
export function buildApp(root: string, data: 'always' | 'if-missing'): string {
  if (data === 'always' || !existsSync(resolve(root, 'public/data/actors.columns.json'))) run(root, 'npm', ['run', 'data']);
  run(root, 'npx', ['vite', 'build', '--outDir', BENCH_DIST, '--emptyOutDir', '--logLevel', 'error']);
  return resolve(root, BENCH_DIST);
}
