import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { MISSING_ZOD } from './src/internal/_missing-zod.js';
import { domains } from './src/manifest.js';

/** The package's entry points: the whole API, the zod schemas, the dates, the tables, and each domain's entry. */
const entry = {
  index: 'src/index.ts',
  schema: 'src/schema.ts',
  dates: 'src/entries/dates.ts',
  tables: 'src/entries/tables.ts',
  ...Object.fromEntries(Object.values(domains).map(({ entry: name }) => [name, `src/entries/${name}.ts`])),
};

/**
 * The entries Node's builds compile: the whole API, and the two entries that are not part of it (the zod schemas,
 * the tables). Node does not tree-shake, so every other entry of Node's builds is the whole API's module
 * re-exporting its names (`scripts/build-entries.mjs`): one file to load instead of a chunk per shared module
 * (24 chunk files cost `require('@csto/core')` 5 MiB of memory and a tenth of Node's start-up), and still one
 * copy of each module, so one `CstoError` class and one copy of each domain's records.
 */
const nodeEntry = { index: entry.index, schema: entry.schema, tables: entry.tables };

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

/** Replaces `error` with one that names the fix when it says `zod/v4` could not be found; else returns it. */
const missingZod = `function missingZod(error) {
  const code = error && error.code;
  const notFound =
    code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' ||
    /cannot find|could not find|not found|not exported|failed to resolve/i.test(String(error && error.message));
  return notFound && /zod/.test(String(error && error.message))
    ? new Error(${JSON.stringify(MISSING_ZOD)}, { cause: error })
    : error;
}`;

/**
 * Node's builds (Node, Deno, Bun) load `zod/v4` so that a missing zod fails with MISSING_ZOD rather than the
 * runtime's "Cannot find package 'zod'". A static `import` of a missing package fails while the module graph is
 * linked, before any code of ours runs, so the ES module awaits a dynamic `import()` at its top level and the
 * CommonJS one wraps `require` in `try`. Only the schema entry imports zod, so only its file holds the loader. The
 * `module` build keeps the plain static import: bundlers resolve zod at build time, and an IIFE or CommonJS bundle
 * cannot hold a top-level await.
 */
const loadZodNamingTheFix: Plugin = {
  name: 'load-zod-naming-the-fix',
  setup(build) {
    // The format tsup is building; esbuild itself writes ES modules for both, which Rollup then converts.
    const format = JSON.parse(build.initialOptions.define?.TSUP_FORMAT ?? '"esm"') as string;
    build.onResolve({ filter: /^zod\/v4$/ }, (args) =>
      args.namespace === 'zod-loader'
        ? { path: args.path, external: true }
        : { path: args.path, namespace: 'zod-loader' },
    );
    const load = format === 'cjs' ? "require('zod/v4')" : "await import('zod/v4')";
    build.onLoad({ filter: /.*/, namespace: 'zod-loader' }, () => ({
      resolveDir: process.cwd(),
      contents: `${missingZod}
let zod;
try {
  zod = ${load};
} catch (error) {
  throw missingZod(error);
}
export const z = zod.z;
`,
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
    entry: nodeEntry,
    format: ['esm', 'cjs'],
    dts: { entry },
    clean: true,
    shims: true,
    // tsup marks peer dependencies external before any plugin sees them; let the loader take `zod/v4` instead.
    noExternal: ['zod/v4'],
    esbuildPlugins: [readRecordsFromDataFile, loadZodNamingTheFix],
  },
  // `module` (bundlers and browsers): the records are in the code, so a bundle keeps only what it uses.
  { ...shared, format: ['esm'], outDir: 'dist/module', dts: false, clean: false, platform: 'neutral' },
]);
