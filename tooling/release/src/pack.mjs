// Packs the published workspace packages the way a release does: `pnpm pack`, which writes the tarball's
// package.json with every `workspace:` and `catalog:` range replaced by a real version. Shared by the release
// checks (licences, publish dry run) and the consumer tests (tarballs installed into fresh projects).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { publishedPackages } from './check-changesets.mjs';

/**
 * The pnpm that runs this process (through `pnpm test`), else the pinned one through npx.
 * @returns {[string, string[]]}
 */
export function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) {
    // pnpm ships either as a script for node or as a native executable.
    return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []];
  }
  return ['npx', ['--yes', 'pnpm@12.4.2']];
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @returns {string}
 */
function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
}

/**
 * @typedef {object} PackedPackage
 * @property {string} name
 * @property {string} version
 * @property {string} dir Workspace folder, relative to the repository root.
 * @property {string} tarball Absolute path of the `.tgz`.
 * @property {string[]} files The tarball's files, relative to its `package/` folder, sorted.
 * @property {Record<string, any>} manifest The package.json inside the tarball.
 */

/**
 * Packs every published package of the workspace at `root` into `destination` (an existing folder), building
 * a package first when it has no `dist/` (normally turbo has built it before the tests).
 * @param {string} root
 * @param {string} destination
 * @returns {PackedPackage[]}
 */
export function packPublished(root, destination) {
  const [pnpm, pnpmArgs] = pnpmCommand();
  return publishedPackages(root).map(({ name, version, dir }) => {
    const packageDir = join(root, dir);
    if (!existsSync(join(packageDir, 'dist'))) run(pnpm, [...pnpmArgs, '--filter', name, 'run', 'build'], root);
    const before = new Set(readdirSync(destination));
    run(pnpm, [...pnpmArgs, 'pack', '--pack-destination', destination], packageDir);
    const file = readdirSync(destination).find((entry) => entry.endsWith('.tgz') && !before.has(entry));
    if (!file) throw new Error(`pnpm pack produced no tarball for ${name}`);
    const tarball = join(destination, file);
    const files = run('tar', ['-tzf', tarball], destination)
      .split('\n')
      .filter((line) => line && !line.endsWith('/'))
      .map((line) => line.replace(/^package\//, ''))
      .sort();
    const manifest = JSON.parse(readPacked(tarball, 'package.json'));
    return { name, version, dir, tarball, files, manifest };
  });
}

/**
 * One file of a packed tarball, as text.
 * @param {string} tarball
 * @param {string} file Relative to the tarball's `package/` folder.
 * @returns {string}
 */
export function readPacked(tarball, file) {
  return execFileSync('tar', ['-xzOf', tarball, `package/${file}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
}
