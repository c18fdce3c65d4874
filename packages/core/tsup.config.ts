import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { domains } from './src/manifest.js';

/** The package's entry points: the whole API, the zod schemas, the dates, and each domain's entry. */
const entry = {
  index: 'src/index.ts',
  schema: 'src/schema.ts',
  dates: 'src/entries/dates.ts',
  ...Object.fromEntries(Object.values(domains).map(({ entry: name }) => [name, `src/entries/${name}.ts`])),
};

/** Node's builds read each domain's records from `data/<domain>.json` on first use: swap in the loaders that do. */
const readRecordsFromDataFile = {
  name: 'records-from-data-file',
  setup(build: {
    onResolve: (
      options: { filter: RegExp },
      callback: (args: { path: string; resolveDir: string }) => { path: string },
    ) => void;
  }) {
    build.onResolve({ filter: /\/_records\.js$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\.js$/, '.node.ts')),
    }));
  },
};

const shared: Options = {
  entry,
  treeshake: true,
  target: 'node20',
  sourcemap: false,
  // One copy of each module per build: every entry shares one `CstoError` class and one copy of each
  // domain through common chunks.
  splitting: true,
};

export default defineConfig([
  // `import` and `require` (Node, Deno, Bun): the records stay out of the code and load from data/<domain>.json.
  {
    ...shared,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    shims: true,
    esbuildPlugins: [readRecordsFromDataFile],
  },
  // `module` (bundlers and browsers): the records are in the code, so a bundle keeps only what it uses.
  { ...shared, format: ['esm'], outDir: 'dist/module', dts: false, clean: false, platform: 'neutral' },
]);
