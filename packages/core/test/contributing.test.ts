/**
 * CONTRIBUTING's worked example, applied to a scratch copy of the package, passes the data check; and the
 * data check fails, in words, on a change that breaks a rule.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url).pathname;
const repoRoot = join(packageDir, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'csto-contributing-'));
const copy = join(scratch, 'packages', 'core');

/** A scratch copy of the package's sources, with its installed dependencies linked in. */
function freshCopy() {
  rmSync(scratch, { recursive: true, force: true });
  for (const entry of [
    'src',
    'scripts',
    'test',
    'docs',
    'DATA.md',
    'package.json',
    'tsconfig.json',
    'vitest.config.ts',
  ]) {
    cpSync(join(packageDir, entry), join(copy, entry), { recursive: true });
  }
  cpSync(join(repoRoot, 'tsconfig.base.json'), join(scratch, 'tsconfig.base.json'));
  symlinkSync(join(packageDir, 'node_modules'), join(copy, 'node_modules'), 'dir');
}

/** `pnpm --filter @csto/core coverage`, then `pnpm check:data`, in the scratch copy. */
function coverageAndCheckData() {
  execFileSync(process.execPath, ['scripts/coverage-report.mjs'], { cwd: copy, stdio: 'pipe' });
  return spawnSync(process.execPath, ['scripts/check-data.mjs'], { cwd: copy, encoding: 'utf8' });
}

function checkData() {
  return spawnSync(process.execPath, ['scripts/check-data.mjs'], { cwd: copy, encoding: 'utf8' });
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Each check runs the data's invariant tests in a child process: minutes on a loaded two-core machine.
describe('CONTRIBUTING.md’s worked example', { timeout: 240_000 }, () => {
  it('applies to a scratch copy and, with the coverage report regenerated, passes pnpm check:data', () => {
    freshCopy();
    const diff = readFileSync(join(repoRoot, 'docs/contributing/example-change.diff'), 'utf8');
    const sessionsPart = diff.slice(diff.indexOf('diff --git a/packages/core/src/data/sessions.ts'));
    writeFileSync(join(scratch, 'example.diff'), sessionsPart);
    execFileSync('git', ['apply', '-p3', join(scratch, 'example.diff')], { cwd: copy });
    expect(readFileSync(join(copy, 'src/data/sessions.ts'), 'utf8')).not.toBe(
      readFileSync(join(packageDir, 'src/data/sessions.ts'), 'utf8'),
    );
    const run = coverageAndCheckData();
    expect(run.stdout + run.stderr).toContain('The data is consistent.');
    expect(run.status).toBe(0);
  });

  it('fails the data check, in words, when a citation names a source that does not exist', () => {
    freshCopy();
    const file = join(copy, 'src/data/sessions.ts');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace("source: 'newstj-2017-11-28-minsk-20-issues'", "source: 'no-such-source'"),
    );
    const run = checkData();
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/names the source "no-such-source", which is not in src\/data\/sources\.ts/);
  });
});
