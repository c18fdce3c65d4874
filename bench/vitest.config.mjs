import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.mjs'],
    // Bundling with esbuild takes well under a second; the margin is for slow CI machines, and for the hook that
    // bundles before the tests while the consumer proofs (tsc, Deno, Bun) share the machine's two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
