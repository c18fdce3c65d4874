// Bundles the CLI, @csto/core included (its Node build), into one file, `dist/csto.cjs`, with no runtime
// dependencies. The core's Node build keeps its records out of the code and reads each domain from its own
// file (`data/<domain>.json`) on the first use of that domain, so the core's `data/` folder is copied
// beside the bundle: a command that shows no data (`--help`, `version`) reads none of it, `csto chair 2021`
// reads the chairmanships and the states and not the sessions, and the code Node compiles stays small.
import { chmodSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const require = createRequire(import.meta.url);

/** Builds the CLI as CommonJS (`cjs`, what ships) or ESM (`esm`, for the start-up comparison). */
export async function build({ format = 'cjs', outfile = `${root}dist/csto.cjs` } = {}) {
  const cjsUrl = "var __cstoUrl = require('node:url').pathToFileURL(__filename).href;";
  const esmRequire = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
  await esbuild.build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // The core's chunks import one another bare; its package declares them free of side effects, rightly.
    logOverride: { 'ignored-bare-import': 'silent' },
    entryPoints: [`${root}src/bin.ts`],
    outfile,
    format,
    // Not esbuild's default `module` condition, which takes the core's bundler build with every record in
    // the code (about 400 kB to compile at every start, 1.5x slower for `--help`); Node's build instead.
    conditions: [],
    banner: { js: format === 'esm' ? `#!/usr/bin/env node\n${esmRequire}` : `#!/usr/bin/env node\n${cjsUrl}` },
    // The core finds `data/` beside its code through `import.meta.url`: beside the bundle, then.
    define: {
      __CSTO_VERSION__: JSON.stringify(version),
      ...(format === 'cjs' ? { 'import.meta.url': '__cstoUrl' } : {}),
    },
  });
  const coreData = join(dirname(require.resolve('@csto/core/data.json')), 'data');
  cpSync(coreData, join(dirname(outfile), 'data'), { recursive: true });
  chmodSync(outfile, 0o755);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // A clean folder, so that no file of an earlier build ships in the tarball.
  rmSync(`${root}dist`, { recursive: true, force: true });
  await build();
}
