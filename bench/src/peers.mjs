/**
 * The packages users would pick instead of `@csto/core`, pinned, and how to install them out of the
 * workspace.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @typedef {object} Subject
 * @property {string} name package name
 * @property {string} version exact version
 * @property {string} helper the typical helper imported alone, as it is called
 * @property {string} helperEntry source of a module exporting only that helper
 * @property {string} [wholeEntry] source of a module exporting everything, when `export *` is not enough
 *   (it leaves out a default export)
 * @property {string} [resolveDir] where its `node_modules` is (set by {@link installPeers})
 */

/**
 * The peers, pinned. Each comes with one helper a user would typically import alone.
 *
 * @type {readonly Subject[]}
 * @example
 * PEERS.map((p) => p.name).includes('date-holidays'); //=> true
 */
export const PEERS = Object.freeze([
  {
    name: 'is-eu-member',
    version: '1.0.6',
    helper: 'isEuMember',
    helperEntry: "export { isEuMember } from 'is-eu-member';",
  },
  {
    name: 'iso-3166-1',
    version: '2.1.1',
    helper: 'whereAlpha2',
    helperEntry: "export { whereAlpha2 } from 'iso-3166-1';",
  },
  {
    name: 'i18n-iso-countries',
    version: '7.14.0',
    helper: 'isValid',
    helperEntry: "export { isValid } from 'i18n-iso-countries';",
  },
  {
    name: 'countries-list',
    version: '3.4.1',
    helper: 'getEmojiFlag',
    helperEntry: "export { getEmojiFlag } from 'countries-list';",
  },
  {
    name: 'world-countries',
    version: '5.1.0',
    helper: 'default (data only)',
    helperEntry: "export { default } from 'world-countries';",
    wholeEntry: "export { default } from 'world-countries';",
  },
  {
    name: 'date-holidays',
    version: '3.37.0',
    helper: 'Holidays',
    helperEntry: "export { default } from 'date-holidays';",
    wholeEntry: "export * from 'date-holidays'; export { default } from 'date-holidays';",
  },
]);

/**
 * Installs the pinned peers into a scratch folder under the OS temp dir with
 * `npm install --no-save --prefix`, never into the workspace. The folder is named after the pinned
 * versions, so a second run reuses it.
 *
 * @param {readonly Subject[]} [peers]
 * @returns {Subject[]} the peers with `resolveDir` set
 * @example
 * const peers = installPeers();
 * peers[0].resolveDir; //=> '/tmp/csto-bench-peers-…'
 */
export function installPeers(peers = PEERS) {
  const specs = peers.map((p) => `${p.name}@${p.version}`);
  const key = createHash('sha256').update(specs.join(' ')).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `csto-bench-peers-${key}`);
  const installed = peers.every((p) => installedVersion(dir, p.name) === p.version);
  if (!installed) {
    mkdirSync(dir, { recursive: true });
    process.stderr.write(`Installing ${specs.join(', ')} into ${dir}…\n`);
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, ...specs],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  for (const p of peers) {
    const found = installedVersion(dir, p.name);
    if (found !== p.version) throw new Error(`${p.name}: expected ${p.version} in ${dir}, found ${found}`);
  }
  return peers.map((p) => ({ ...p, resolveDir: dir }));
}

/**
 * @param {string} dir
 * @param {string} name
 * @returns {string | undefined}
 */
function installedVersion(dir, name) {
  const file = join(dir, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}
