/**
 * `pnpm bench`: measures @csto/core beside its peers, prints the report and writes `docs/benchmarks.md`.
 * Environment: `BENCH_PAIRS` (default 25) sets the A/B pairs of every start-up measure.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliStartup, sitePageWeights } from './apps.mjs';
import { growRecord } from './grown.mjs';
import { installPeers } from './peers.mjs';
import { renderReport } from './report.mjs';
import { BENCH_DIR, bundle, dataFloor, IS_MEMBER_BUDGET, wholePackageBudget } from './sizes.mjs';
import { importCost } from './startup.mjs';
import { callsPerSecond, randomDays, seeded } from './throughput.mjs';

const ROOT = resolve(BENCH_DIR, '..');
const PAIRS = Math.max(20, Number(process.env.BENCH_PAIRS ?? 25));
const log = (/** @type {string} */ message) => process.stderr.write(`${message}\n`);

const require = createRequire(join(BENCH_DIR, 'package.json'));
const coreVersion = JSON.parse(readFileSync(require.resolve('@csto/core/package.json'), 'utf8')).version;
const esbuildVersion = JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version;

const subjects = [
  {
    name: '@csto/core',
    version: coreVersion,
    helper: 'isMember',
    helperEntry: "export { isMember } from '@csto/core';",
    resolveDir: BENCH_DIR,
  },
  {
    name: '@csto/core',
    label: '@csto/core, record ×5',
    version: coreVersion,
    helper: 'isMember',
    helperEntry: "export { isMember } from '@csto/core';",
    resolveDir: growRecord(resolve(ROOT, 'packages', 'core'), join(tmpdir(), 'csto-bench-record-x5')).resolveDir,
  },
  ...installPeers(),
];

const rows = [];
for (const subject of subjects) {
  log(`Measuring ${subject.name}@${subject.version}…`);
  const wholeEntry = subject.wholeEntry ?? `export * from '${subject.name}';`;
  const whole = await bundle(wholeEntry, { resolveDir: subject.resolveDir });
  const helper = await bundle(subject.helperEntry, { resolveDir: subject.resolveDir });
  const requireCost = importCost(subject.name, 'require', subject.resolveDir, PAIRS);
  const importCostEsm = importCost(subject.name, 'import', subject.resolveDir, PAIRS);
  rows.push({ subject, whole, helper, require: requireCost, import: importCostEsm });
}

log('Measuring the data floor and helper throughput…');
const core = await import('@csto/core');
const floor = dataFloor(core);
const random = seeded(20260120);
const N = 4096;
const days = randomDays(N, 1992, 2026, random);
const codes = Array.from({ length: N }, () => core.stateCodes[Math.floor(random() * core.stateCodes.length)]);
const years = Array.from({ length: N }, () => 1992 + Math.floor(random() * 35));
const mask = N - 1;
const throughput = [
  { helper: 'isMember(code, day)', rate: callsPerSecond((i) => core.isMember(codes[i & mask], days[i & mask])) },
  { helper: 'statusOn(code, day)', rate: callsPerSecond((i) => core.statusOn(codes[i & mask], days[i & mask])) },
  { helper: 'membersOn(day)', rate: callsPerSecond((i) => core.membersOn(days[i & mask])) },
  { helper: 'chairOn(day)', rate: callsPerSecond((i) => core.chairOn(days[i & mask])) },
  { helper: 'secretaryGeneralOn(day)', rate: callsPerSecond((i) => core.secretaryGeneralOn(days[i & mask])) },
  { helper: 'sessionsIn(year)', rate: callsPerSecond((i) => core.sessionsIn(years[i & mask])) },
];

log('Measuring the apps, where built…');
const cli = cliStartup(ROOT, PAIRS);
const site = sitePageWeights(ROOT);

const report = renderReport({
  date: new Date().toISOString().slice(0, 10),
  machine: { cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: cpus().length, node: process.version },
  esbuildVersion,
  pairs: PAIRS,
  rows,
  floor,
  budgets: { whole: wholePackageBudget(floor.gzip), isMember: IS_MEMBER_BUDGET },
  throughput,
  cli,
  site,
});
writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), report);
process.stdout.write(report);
