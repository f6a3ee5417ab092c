import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { posterPlugin } from './scripts/poster/poster-plugin';
import { CHROMIUM, CHROMIUM_ARGS } from './test/chromium';

// The page, and `<trunk-map>` for other sites as one module at a fixed address (embed/trunk-map.js).
// `npm run bench` adds a second page, a bare MapLibre map, to compare load times against.
const EMBED_ENTRY = 'embed/trunk-map';
const input = {
  index: 'index.html',
  [EMBED_ENTRY]: 'src/embed/trunk-map.ts',
  ...(process.env.BENCH === '1' && { bare: 'scripts/bench/bare.html' }),
};

/**
 * How long `expect.poll` waits for a page to show something before the test fails (Vitest's default
 * is 1 s). A loaded two-core machine can take seconds to open a card; a poll returns as soon as it passes.
 */
const patientPolls = { poll: { timeout: 10_000 } };

/**
 * Tiers that drive a real browser against `dist/`: one file at a time. Their time is the software
 * GPU drawing frames, which keeps both cores busy: two e2e files at once took as long as one after another.
 * The files share one process (`isolate: false`), hence one browser and one preview server
 * (`useSite` in test/e2e/harness.ts); the setup file registers the checks after each test for every file.
 */
const browserTier = {
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 120_000,
  fileParallelism: false,
  isolate: false,
  setupFiles: 'test/e2e/setup.ts',
  expect: patientPolls,
} as const;

export default defineConfig({
  base: './',
  plugins: [posterPlugin()],
  // Inside the checkout, so that several checkouts sharing one node_modules never share a cache.
  cacheDir: '.cache/vite',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1300,
    // Data files stay files, never data: URLs, so they load (and fail) like any other request.
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
    rolldownOptions: {
      input,
      output: {
        entryFileNames: (chunk) => (chunk.name === EMBED_ENTRY ? `${EMBED_ENTRY}.js` : 'assets/[name]-[hash].js'),
        // ECharts (only the targets dashboard uses it) in a chunk of its own, cached apart from our code.
        advancedChunks: { groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ }] },
      },
    },
  },
  // Pre-bundled up front, so the browser tier never re-optimises (and reloads) mid-run.
  optimizeDeps: { include: ['maplibre-gl', '@maplibre/maplibre-gl-style-spec', 'lit', 'lit/directives/if-defined.js', 'lit/directives/live.js'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Node's tests first, two files at a time (48 s → 32 s).
          sequence: { groupOrder: 0 },
          maxWorkers: 2,
          // Nothing is timed: the fuzz and property tests take 3–4 s here, more on a loaded machine.
          testTimeout: 60_000,
          // The files of a worker share their imports (Turf, the style spec, the data): 29 s → 14 s. None
          // mocks a module, and the one that fakes timers restores them after each test.
          isolate: false,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', 'test/e2e/**', 'test/render/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // Then the browser tier runs alongside the render and e2e tiers (one group; those two share one
          // worker, one after the other): each waits on its page part of the time, and the other's frames
          // fill it. Browser and e2e took 332 s together, 375 s one after the other.
          sequence: { groupOrder: 1 },
          include: ['src/**/*.browser.test.ts'],
          expect: patientPolls,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      { extends: true, test: { name: 'render', include: ['test/render/**/*.render.test.ts'], ...browserTier, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.e2e.test.ts'], ...browserTier, sequence: { groupOrder: 1 } } },
    ],
  },
});
