/**
 * Start-up cost of a Node process: a command against a bare `node -e 0`, run alternately (A B A B …) so
 * that drifts in machine load hit both sides alike.
 * @module
 */
import { spawnSync } from 'node:child_process';

/** Prints the child's peak resident set size (KiB) and nothing else. */
const PRINT_RSS = 'process.stdout.write(String(process.resourceUsage().maxRSS))';

/**
 * @typedef {object} Command
 * @property {string[]} args arguments to `node`
 * @property {string} [cwd] working directory (bare specifiers resolve from here)
 */

/**
 * @typedef {object} StartupResult
 * @property {number} ratio median of the pair ratios B / A (wall time)
 * @property {number} baselineMs median wall time of A
 * @property {number} commandMs median wall time of B
 * @property {number} extraRssKiB median peak memory of B minus median peak memory of A, in KiB
 *   (`NaN` when B does not print its peak memory)
 * @property {number} pairs
 */

/**
 * Median of a list of numbers.
 *
 * @param {number[]} values
 * @returns {number}
 * @example
 * median([3, 1, 2]); //=> 2
 * median([1, 2, 3, 4]); //=> 2.5
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * @param {Command} command
 * @returns {{ ms: number, rss: number }}
 */
function runOnce({ args, cwd }) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${child.status}: ${child.stderr.slice(0, 500)}`);
  }
  const rss = Number(child.stdout.trim().split('\n').at(-1));
  return { ms, rss };
}

/**
 * Times `command` against `baseline`, alternating A B A B for `pairs` pairs after one warm-up pair.
 *
 * @param {Command} baseline A, e.g. `{ args: ['-e', '0'] }`
 * @param {Command} command B
 * @param {number} [pairs] at least 20
 * @returns {StartupResult}
 * @example
 * const { ratio } = compareStartup({ args: ['-e', '0'] }, { args: ['-e', "require('node:fs')"] });
 */
export function compareStartup(baseline, command, pairs = 20) {
  runOnce(baseline);
  runOnce(command);
  const ratios = [];
  const a = [];
  const b = [];
  for (let i = 0; i < pairs; i++) {
    const first = runOnce(baseline);
    const second = runOnce(command);
    ratios.push(second.ms / first.ms);
    a.push(first);
    b.push(second);
  }
  return {
    ratio: median(ratios),
    baselineMs: median(a.map((r) => r.ms)),
    commandMs: median(b.map((r) => r.ms)),
    extraRssKiB: median(b.map((r) => r.rss)) - median(a.map((r) => r.rss)),
    pairs,
  };
}

/**
 * The cost of loading a package in Node: `require(name)` against `node -e 0`, or `await import(name)`
 * against `node --input-type=module -e 0` (an ES module program pays for the module loader already).
 * Both sides print their peak memory.
 *
 * @param {string} name package name, resolved from `cwd`
 * @param {'require' | 'import'} how
 * @param {string} cwd a folder whose `node_modules` holds the package
 * @param {number} [pairs]
 * @returns {StartupResult}
 * @example
 * importCost('@csto/core', 'require', benchDir).ratio; //=> 1.02 (say)
 */
export function importCost(name, how, cwd, pairs) {
  const spec = JSON.stringify(name);
  if (how === 'require') {
    return compareStartup(
      { args: ['-e', PRINT_RSS], cwd },
      { args: ['-e', `require(${spec});${PRINT_RSS}`], cwd },
      pairs,
    );
  }
  return compareStartup(
    { args: ['--input-type=module', '-e', PRINT_RSS], cwd },
    { args: ['--input-type=module', '-e', `await import(${spec});${PRINT_RSS}`], cwd },
    pairs,
  );
}
