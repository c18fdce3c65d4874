/**
 * Measures of the apps once they are built: the CLI's start-up per command and the site's first-load
 * bytes per page. Each returns `undefined` (and the caller says so) while its build does not exist.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { STARTUP_COMMANDS } from '../../apps/cli/scripts/startup-commands.mjs';
import { sizesOf } from './sizes.mjs';
import { compareStartup } from './startup.mjs';

/**
 * The CLI invocations timed: the CLI's own start-up benchmark list (`apps/cli/scripts/startup-commands.mjs`),
 * which a CLI test keeps covering every command.
 */
export const CLI_COMMANDS = STARTUP_COMMANDS;

/**
 * Start-up of each CLI command against `node -e 0`, if `apps/cli/dist` exists.
 *
 * @param {string} root the repository root
 * @param {number} [pairs]
 * @returns {{ command: string, ratio: number, commandMs: number, baselineMs: number }[] | undefined}
 * @example
 * cliStartup(repoRoot); //=> undefined while the CLI is not built
 */
export function cliStartup(root, pairs) {
  const app = join(root, 'apps', 'cli');
  if (!existsSync(join(app, 'dist'))) return undefined;
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin ?? {})[0];
  if (typeof bin !== 'string') return undefined;
  const script = resolve(app, bin);
  return CLI_COMMANDS.map((args) => {
    const result = compareStartup({ args: ['-e', '0'] }, { args: [script, ...args] }, pairs);
    return { command: args.join(' ') || '(no arguments: overview)', ...result };
  });
}

/**
 * @typedef {object} PageWeight
 * @property {string} page path of the HTML file inside `dist`
 * @property {{ html: number, js: number, css: number }} raw bytes
 * @property {{ html: number, js: number, css: number }} gzip gzip bytes (level 9)
 */

/**
 * The first-load bytes of every page of the built site, if `apps/web/dist` exists: the HTML, and the JS and
 * CSS it references (`<script src>`, `<link rel="stylesheet">`, `<link rel="modulepreload">`). Assets
 * shared by pages count for each page, as a first visit to any page pays for them.
 *
 * @param {string} root the repository root
 * @returns {PageWeight[] | undefined}
 * @example
 * sitePageWeights(repoRoot); //=> undefined while the site is not built
 */
export function sitePageWeights(root) {
  const dist = join(root, 'apps', 'web', 'dist');
  if (!existsSync(dist)) return undefined;
  return htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    const raw = { html: Buffer.byteLength(html), js: 0, css: 0 };
    const gzip = { html: sizesOf(html).gzip, js: 0, css: 0 };
    const assets = new Set();
    for (const match of html.matchAll(/<(script|link)\b[^>]*>/g)) {
      const tag = match[0];
      const url = /\b(?:src|href)=["']?([^"' >]+)/.exec(tag)?.[1];
      if (!url || /^(?:[a-z]+:)?\/\//i.test(url) || assets.has(url)) continue;
      const kind = /\.css(?:$|\?)/.test(url) ? 'css' : /\.m?js(?:$|\?)/.test(url) ? 'js' : undefined;
      if (!kind) continue;
      const path = url.startsWith('/') ? join(dist, url.split('?')[0]) : join(dirname(file), url.split('?')[0]);
      if (!existsSync(path)) continue;
      assets.add(url);
      const content = readFileSync(path);
      raw[kind] += content.length;
      gzip[kind] += sizesOf(content).gzip;
    }
    // Inline <script> and <style> bytes are part of the HTML already.
    return { page: relative(dist, file), raw, gzip };
  });
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}
