import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.mjs'],
    // Bundling with esbuild takes well under a second; the margin is for slow CI machines.
    testTimeout: 60_000,
  },
});
