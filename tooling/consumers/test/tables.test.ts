// The tabular data package, proved from the installed @csto/core tarball: Node finds the descriptor and the CSV
// files through the package's `exports` (ESM with a JSON import attribute, and CommonJS), they are the files the
// workspace build wrote, and the data guide's Python and SQL examples print what the guide says they print when
// run in the installed package's tables folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from './_setup.js';

const { full } = inject('consumers');
const workspaceTables = join(repoRoot, 'packages/core/dist/tables');

function node(file: string, source: string): string {
  writeFileSync(join(full, file), source);
  return execFileSync(process.execPath, [file], { cwd: full, encoding: 'utf8' });
}

/** The installed tables folder, found as a user's program finds it: through the package's exports. */
const installedTables = dirname(
  node('where.cjs', "console.log(require.resolve('@csto/core/tables/datapackage.json'));").trim(),
);

describe('the tables of the installed @csto/core tarball', () => {
  it('are found through exports: the descriptor by ESM import with a JSON attribute, a CSV by import.meta.resolve', () => {
    const out = node(
      'tables.mjs',
      `import pkg from '@csto/core/tables/datapackage.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const csv = readFileSync(fileURLToPath(import.meta.resolve('@csto/core/tables/states.csv')), 'utf8');
const [header, ...rows] = csv.trimEnd().split('\\r\\n').map((line) => line.split(','));
const armenia = Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === 'AM')[i]]));
console.log(JSON.stringify({ profile: pkg.profile, resources: pkg.resources.map((r) => r.name), armenia: { wikidata: armenia.wikidata, cow: armenia.cow, gw: armenia.gw } }));
`,
    );
    const workspace = JSON.parse(readFileSync(join(workspaceTables, 'datapackage.json'), 'utf8'));
    expect(JSON.parse(out)).toEqual({
      profile: 'tabular-data-package',
      resources: workspace.resources.map((r: { name: string }) => r.name),
      armenia: { wikidata: 'Q399', cow: '371', gw: '371' },
    });
  });

  it('are found through exports by CommonJS require', () => {
    const out = node(
      'tables.cjs',
      "const pkg = require('@csto/core/tables/datapackage.json'); console.log(pkg.resources.find((r) => r.name === 'session_bodies').schema.primaryKey.join());",
    );
    expect(out.trim()).toBe('session,body');
  });

  it('are byte for byte the files the workspace build wrote', () => {
    const workspace = JSON.parse(readFileSync(join(workspaceTables, 'datapackage.json'), 'utf8'));
    for (const file of ['datapackage.json', ...workspace.resources.map((r: { path: string }) => r.path)])
      expect(readFileSync(join(installedTables, file), 'utf8'), file).toBe(
        readFileSync(join(workspaceTables, file), 'utf8'),
      );
  });
});

/** The guide's fenced blocks of one language, in order. */
function blocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === language).map((m) => m[2] ?? '');
}

const guide = readFileSync(join(repoRoot, 'packages/core/docs/data-guide.md'), 'utf8');
const python = ['python3', 'python'].find((command) => spawnSync(command, ['--version']).status === 0);
const skipPython = python === undefined && !process.env.CI;
if (skipPython)
  console.warn('python3 is not installed: skipping the data guide’s Python and SQL examples (never in CI).');

describe.skipIf(skipPython)('the data guide’s examples, run in the installed tables folder', () => {
  const run = (script: string) => {
    if (python === undefined) throw new Error('python3 is required in CI: install it (see .ci/run).');
    return execFileSync(python, ['-c', script], { cwd: installedTables, encoding: 'utf8' });
  };
  const outputs = blocks(guide, 'text');
  const programs = blocks(guide, 'python');
  const queries = blocks(guide, 'sql');

  it('has Python examples, SQL examples and the output of each', () => {
    expect(programs.length).toBeGreaterThanOrEqual(3);
    expect(queries.length).toBeGreaterThanOrEqual(2);
    expect(outputs.length).toBe(programs.length - 1 + queries.length);
  });

  it('print in Python what the guide shows', () => {
    expect(run(programs.join('\n'))).toBe(outputs.slice(0, programs.length - 1).join(''));
  });

  it('answer in SQL (SQLite, through Python’s sqlite3 module) what the guide shows', () => {
    const printQueries = queries
      .map((q) => `for row in db.execute(${JSON.stringify(q)}):\n    print('|'.join(str(c) for c in row))\n`)
      .join('');
    const printed = run(`${programs.join('\n')}\n${printQueries}`);
    expect(printed).toBe(outputs.join(''));
  });
});
