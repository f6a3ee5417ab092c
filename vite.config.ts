import { defineConfig } from 'vitest/config';

// `npm run bench` builds a second page, a bare MapLibre map, to compare load times against.
const benchInput = process.env.BENCH === '1' ? { main: 'index.html', bare: 'scripts/bench/bare.html' } : undefined;

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Data files stay files, never data: URLs, so they load (and fail) like any other request.
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
    ...(benchInput && { rolldownOptions: { input: benchInput } }),
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
