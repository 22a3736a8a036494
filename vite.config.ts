import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { securityHeaders } from './build/security-headers.ts';
import { tiledPreloads } from './build/tiled-preloads.ts';

export default defineConfig({
  plugins: [react(), securityHeaders({ file: 'public/_headers' }), tiledPreloads({ meta: 'public/data/meta.json' })],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html', atelier: 'atelier.html' },
      output: {
        // MapLibre (~200 KB gzipped) changes far less often than the app: its own chunk stays
        // cached across releases, and the app's own budget is measured without it (`npm run bench`).
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  // Module workers: a worker's dynamic imports (the workbook reader) stay chunks of their own.
  worker: { format: 'es' },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{src,scripts,build}/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
