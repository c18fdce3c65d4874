// Bundles code that imports the BUILT package (through its exports, as a user's bundler would) and
// measures it. Shared by the bundle test and the size benchmark.

import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** What a user imports, as module source: "everything" and one helper alone. */
export const ENTRIES = {
  everything: "export * from '@csto/core';",
  isMember: "export { isMember } from '@csto/core';",
  membersOn: "export { membersOn } from '@csto/core';",
  'date helpers (statusOn, chairOn, secretaryGeneralOn)':
    "export { statusOn, chairOn, secretaryGeneralOn } from '@csto/core';",
};

/** Bundles `contents` for the browser, minified ESM, and returns the code with its sizes in bytes. */
export async function bundle(contents) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: packageDir, sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return {
    code,
    min: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code).length,
  };
}
