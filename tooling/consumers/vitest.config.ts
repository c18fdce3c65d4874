import { defineConfig } from 'vitest/config';

// pnpm's bin shims export NODE_PATH pointing into the workspace's store, which would let the temporary consumer
// projects resolve packages they never installed. Users have no such path: drop it for this process and every
// worker and child process it starts.
delete process.env.NODE_PATH;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/_setup.ts'],
    // Packing, installing and type-checking real tarballs takes seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
