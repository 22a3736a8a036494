/**
 * Global setup of the browser tests: serves the already built `dist/` (`vite build` first; the
 * `test:browser` script does it) on 127.0.0.1:4173 (or `ATLAS_TEST_PORT`), and stops the server at
 * the end.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';

export const PREVIEW_HOST = '127.0.0.1';
export const PREVIEW_PORT = Number(process.env['ATLAS_TEST_PORT'] ?? 4173);

const root = fileURLToPath(new URL('../..', import.meta.url));

let server: PreviewServer | undefined;

export async function setup(): Promise<void> {
  const index = resolve(root, 'dist/index.html');
  if (!existsSync(index)) {
    throw new Error(`No build to test: ${index} is missing. Run "npx vite build" first.`);
  }
  server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: PREVIEW_HOST, port: PREVIEW_PORT, strictPort: true, open: false },
  });
}

export async function teardown(): Promise<void> {
  await server?.close();
  server = undefined;
}
