// Loads TypeScript modules of src/ in Node by bundling them with esbuild in memory: the build scripts read
// the authored data and the manifest this way, before (and without) the package build.
import { build } from 'esbuild';

/**
 * Imports a module of src/ (a path relative to the package), bundled with everything it imports.
 * `alias` maps import paths to others, as the package build does.
 */
export async function importSource(path, { alias } = {}) {
  const result = await build({
    entryPoints: [new URL(`../../${path}`, import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    ...(alias ? { alias } : {}),
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
