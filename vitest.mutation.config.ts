import { defineConfig } from 'vitest/config';

/**
 * The `unit` tier of vite.config.ts on its own, for `npm run test:mutation`: Stryker's vitest
 * runner cannot pick one project of a multi-project config, and the other tiers need a browser.
 * Keep include/exclude in step with the `unit` project there.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', 'test/e2e/**', 'test/render/**', 'node_modules/**'],
    environment: 'node',
    // On a loaded machine a test reading all of geo/ can pass 5 s; a timeout here would fail Stryker's
    // first run or count a mutant as killed by a test that was only slow.
    testTimeout: 60_000,
  },
});
