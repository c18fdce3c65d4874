/**
 * Bundle and data sizes: what a package adds to a browser bundle, measured with esbuild.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The folder whose `node_modules` holds `@csto/core` (this package's own). */
export const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {object} Sizes
 * @property {number} min bytes of the minified bundle
 * @property {number} gzip bytes after gzip (level 9)
 * @property {number} brotli bytes after brotli (quality 11)
 */

/**
 * Measures a text or buffer: raw, gzip (level 9) and brotli (quality 11) bytes.
 *
 * @param {string | Uint8Array} content
 * @returns {Sizes}
 * @example
 * sizesOf('{"a":1}').min; //=> 7
 */
export function sizesOf(content) {
  const buffer = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/**
 * Bundles an entry module given as source text, the way an app would ship it to browsers: esbuild, ESM,
 * minified, tree-shaken, every dependency inlined. Bare imports resolve from `resolveDir`'s `node_modules`
 * through each package's `exports` (browser conditions).
 *
 * @param {string} entry source of the entry module, e.g. `export { isMember } from '@csto/core';`
 * @param {{ resolveDir?: string, charset?: 'ascii' | 'utf8' }} [options] `charset` defaults to `utf8`: the
 *   bytes a server sends (esbuild's own default, `ascii`, writes every Cyrillic letter as a 6-byte escape)
 * @returns {Promise<{ code: string } & Sizes>}
 * @example
 * const { gzip } = await bundle("export { isMember } from '@csto/core';");
 */
export async function bundle(entry, { resolveDir = BENCH_DIR, charset = 'utf8' } = {}) {
  const result = await build({
    stdin: { contents: entry, resolveDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    logLevel: 'silent',
    charset,
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, ...sizesOf(code) };
}

/**
 * The floor for a data package: every data object it exports (plain objects and arrays, not functions or
 * strings), serialised together as minified JSON. No bundle carrying the same data can be much smaller.
 *
 * @param {Record<string, unknown>} moduleNamespace the package's exports, e.g. `await import('@csto/core')`
 * @returns {{ names: string[], json: string } & Sizes}
 * @example
 * const floor = dataFloor(await import('@csto/core'));
 * floor.names.includes('states'); //=> true
 */
export function dataFloor(moduleNamespace) {
  /** @type {Record<string, unknown>} */
  const data = {};
  if (typeof moduleNamespace.dataset === 'function') Object.assign(data, moduleNamespace.dataset());
  else {
    for (const [name, value] of Object.entries(moduleNamespace)) {
      if (value !== null && typeof value === 'object') data[name] = value;
    }
  }
  const json = JSON.stringify(data);
  return { names: Object.keys(data), json, ...sizesOf(json) };
}

/**
 * The size budget of the whole package: 1.15 × the gzip size of its data as minified JSON, plus 1 KB.
 *
 * @param {number} floorGzip gzip bytes of the data floor (see {@link dataFloor})
 * @returns {number} the ceiling in gzip bytes
 * @example
 * wholePackageBudget(10_000); //=> 12524
 */
export function wholePackageBudget(floorGzip) {
  return Math.floor(floorGzip * 1.15 + 1024);
}

/** The size budget of `isMember` imported alone, in gzip bytes. */
export const IS_MEMBER_BUDGET = 1024;
