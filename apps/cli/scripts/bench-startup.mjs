// Start-up benchmark: for each command, alternating pairs of a bare `node -e 0` and the built CLI, and the
// median of the pair ratios (CLI time / bare Node time). Alternating keeps both sides under the same load.
//
//   node scripts/bench-startup.mjs [--pairs 20] [--esm] [--instructions [--write]]
//
// --esm also builds the ESM variant of the bundle into a temporary folder and measures it the same way.
// --instructions also counts the CPU instructions of one run of each command and of `node -e 0` with valgrind's
// callgrind (when valgrind is installed): unlike wall time on a shared machine, the count is repeatable.
// --write also writes those counts and the wall-time ratios into the README's table (between its
// `startup-table` markers), so the table is regenerated, never edited by hand.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from './build.mjs';
import { STARTUP_COMMANDS } from './startup-commands.mjs';

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '20' },
    esm: { type: 'boolean', default: false },
    instructions: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});
const pairs = Math.max(20, Number(values.pairs));

const commands = STARTUP_COMMANDS;

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}`);
  return elapsed;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function measure(bundle, label) {
  console.log(`\n${label}: ${pairs} alternating pairs per command (node -e 0, then the command)`);
  console.log(`${'command'.padEnd(44)} ${'node -e 0'.padStart(10)} ${'csto'.padStart(9)} ${'ratio'.padStart(7)}`);
  const ratios = [];
  for (const args of commands) {
    time([bundle, ...args]); // warm the file cache
    const bare = [];
    const cli = [];
    const pairRatios = [];
    for (let i = 0; i < pairs; i++) {
      const b = time(['-e', '0']);
      const c = time([bundle, ...args]);
      bare.push(b);
      cli.push(c);
      pairRatios.push(c / b);
    }
    const ratio = median(pairRatios);
    ratios.push(ratio);
    const name = `csto ${args.join(' ')}`.trim();
    console.log(
      `${name.padEnd(44)} ${`${median(bare).toFixed(1)} ms`.padStart(10)} ${`${median(cli).toFixed(1)} ms`.padStart(9)} ${`${ratio.toFixed(2)}x`.padStart(7)}`,
    );
  }
  console.log(
    `worst median ratio: ${Math.max(...ratios).toFixed(2)}x; median over commands: ${median(ratios).toFixed(2)}x`,
  );
  return ratios;
}

/**
 * Instructions executed by `node ...args`, counted by callgrind: the median of three runs (one run varies by
 * about 2 % with address layout and the garbage collector's threads), or undefined without valgrind.
 */
function instructions(args) {
  const runs = [countOnce(args), countOnce(args), countOnce(args)];
  return runs.includes(undefined) ? undefined : median(runs);
}

/** Instructions executed by one run of `node ...args`, or undefined without valgrind. */
function countOnce(args) {
  // Standard output a pipe, as for the wall times (and a script): /dev/null would be a character device.
  const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const count = /Collected : (\d+)/.exec(run.stderr ?? '')?.[1];
  return count === undefined ? undefined : Number(count);
}

/** Prints the instruction count of each command as a ratio to `node -e 0`'s. */
function countInstructions(bundle) {
  const baseline = instructions(['-e', '0']);
  if (baseline === undefined) {
    console.log('\nvalgrind is not installed: no instruction counts.');
    return undefined;
  }
  console.log(`\nInstructions (callgrind, median of three runs each; node -e 0: ${(baseline / 1e6).toFixed(1)} M)`);
  const ratios = commands.map((args) => {
    const ratio = (instructions([bundle, ...args]) ?? Number.NaN) / baseline;
    console.log(`${`csto ${args.join(' ')}`.trim().padEnd(44)} ${ratio.toFixed(3).padStart(7)}x`);
    return ratio;
  });
  console.log(`worst ratio: ${Math.max(...ratios).toFixed(3)}x`);
  return ratios;
}

/** Writes the README's start-up table (between its `startup-table` markers) from the figures measured. */
function writeReadme(wall, counted) {
  const readme = new URL('../README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const rows = commands.map((args, i) => [
    `\`${`csto ${args.join(' ')}`.trim()}\``,
    `${counted[i].toFixed(3)}×`,
    `${wall[i].toFixed(2)}×`,
  ]);
  const header = ['command', 'instructions vs `node -e 0`', 'wall time vs `node -e 0`'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells) =>
    `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  const table = [
    `Measured on ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${pairs} pairs (\`--instructions --write\`):`,
    '',
    line(header),
    `| ${widths.map((w, c) => (c === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
  const updated = text.replace(
    /(<!-- startup-table:start -->\n)[\s\S]*?(\n<!-- startup-table:end -->)/,
    (_, start, end) => `${start}${table}${end}`,
  );
  if (updated === text && !text.includes(table)) throw new Error('README.md has no startup-table markers');
  writeFileSync(readme, updated);
  console.log('\nwrote the start-up table into README.md');
}

const shipped = fileURLToPath(new URL('../dist/csto.cjs', import.meta.url));
const wall = measure(shipped, 'CommonJS bundle (dist/csto.cjs, what ships)');
const counted = values.instructions ? countInstructions(shipped) : undefined;
if (values.write) {
  if (counted === undefined) throw new Error('--write needs --instructions (and valgrind)');
  writeReadme(wall, counted);
}
if (values.esm) {
  const dir = mkdtempSync(join(tmpdir(), 'csto-esm-'));
  try {
    const outfile = await build({ format: 'esm', outfile: join(dir, 'csto.mjs') });
    measure(outfile, 'ESM bundle (same code, format esm)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
