import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
// @ts-expect-error: a plain ES module script shared with scripts/schema-types.mjs, without types.
import { MISSING_ZOD } from './scripts/missing-zod.mjs';

/** The package's entry points: the whole API, the zod schemas, and one entry per domain. */
const domains = [
  'dates',
  'states',
  'milestones',
  'chairmanships',
  'secretaries-general',
  'sessions',
  'forces',
  'sources',
];

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
 * Loads `zod/v4` for the schema entry of Node, Deno and Bun, so that a missing zod fails with MISSING_ZOD rather
 * than the runtime's "Cannot find package 'zod'". A static `import` of a missing package fails while the module
 * graph is linked, before any code of ours runs, so the ES module awaits a dynamic `import()` at its top level
 * and the CommonJS one wraps `require` in `try`. Bundlers get `schema.module.js` instead (the `module` export
 * condition): its plain static import lets them resolve zod at build time, with no top-level await.
 */
function zodLoader(): Plugin {
  return {
    name: 'csto-zod-loader',
    setup(build) {
      // The format tsup builds (with Rollup's tree-shaking it hands esbuild `esm` for both).
      const format = JSON.parse(build.initialOptions.define?.TSUP_FORMAT ?? '"esm"') as string;
      build.onResolve({ filter: /^zod\/v4$/ }, (args) =>
        args.namespace === 'csto-zod-loader'
          ? { path: args.path, external: true }
          : { path: 'zod/v4', namespace: 'csto-zod-loader' },
      );
      const load = format === 'cjs' ? "require('zod/v4')" : "await import('zod/v4')";
      build.onLoad({ filter: /.*/, namespace: 'csto-zod-loader' }, () => ({
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
}

const shared = { target: 'node20', sourcemap: false, splitting: false } as const;

// One self-contained file per entry, in both formats: Node loads a single file fastest (measured here: `require` of
// the whole package 20 ms as one file, 33 ms split into shared chunks), and a program that needs one domain loads
// only that domain's data. The cost: each entry has its own copy of what it shares with another, so use either
// the root entry or domain entries, and compare errors with `isCstoError` rather than `instanceof`.
//
// The schema entry is built on its own, twice, without Rollup's tree-shaking pass (it holds no data to drop): for
// Node, Deno and Bun, loading zod through `zodLoader`, and for bundlers, importing zod statically. The three
// builds run at once, so the first one's clean spares the other two's files.
export default defineConfig([
  {
    ...shared,
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(domains.map((domain) => [domain, `src/entries/${domain}.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: {
      entry: {
        index: 'src/index.ts',
        schema: 'src/schema.ts',
        ...Object.fromEntries(domains.map((domain) => [domain, `src/entries/${domain}.ts`])),
      },
    },
    clean: ['!schema.js', '!schema.cjs', '!schema.module.js'],
    treeshake: true,
  },
  {
    ...shared,
    entry: { schema: 'src/schema.ts' },
    format: ['esm', 'cjs'],
    // tsup marks peer dependencies external before any plugin sees them; let the loader take `zod/v4` instead.
    noExternal: ['zod/v4'],
    esbuildPlugins: [zodLoader()],
  },
  {
    ...shared,
    entry: { 'schema.module': 'src/schema.ts' },
    format: ['esm'],
  },
]);
