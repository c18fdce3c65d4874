// Bundles the CLI, @csto/core included (from its built package), into one file with no runtime
// dependencies: a single file is the fastest thing Node can start.
import { chmodSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Builds the CLI as CommonJS (`cjs`, what ships) or ESM (`esm`, for the start-up comparison). */
export async function build({ format = 'cjs', outfile = `${root}dist/csto.cjs` } = {}) {
  await esbuild.build({
    entryPoints: [`${root}src/bin.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format,
    minify: true,
    legalComments: 'none',
    banner: { js: '#!/usr/bin/env node' },
    define: { __CSTO_VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
