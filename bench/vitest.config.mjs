import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.mjs'],
    // Bundling with esbuild takes well under a second; the margin is for slow CI machines, and for the suites' own
    // bundles (built in `beforeAll`) while the other packages' tests pack and install tarballs beside them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
