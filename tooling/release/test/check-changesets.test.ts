import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkChangesets } from '../src/check-changesets.mjs';

const repoRoot = resolve(import.meta.dirname, '../../..');
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

function manifest(version: string, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ name: '@fixture/lib', version, exports: './dist/index.js', ...extra }, null, 2)}\n`;
}

function commit(root: string, message: string): void {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--no-gpg-sign', '-m', message);
}

/** A repository with one published package at 0.0.0 and one private app, committed. */
function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'csto-changesets-'));
  temps.push(root);
  git(root, 'init', '-q', '-b', 'main');
  write(root, 'packages/lib/package.json', manifest('0.0.0'));
  write(root, 'packages/lib/src/index.ts', 'export const answer = 1;\n');
  write(
    root,
    'apps/site/package.json',
    `${JSON.stringify({ name: '@fixture/site', private: true, version: '0.0.0' })}\n`,
  );
  write(root, 'apps/site/src/page.ts', 'export {};\n');
  write(root, '.changeset/README.md', '# Changesets\n');
  commit(root, 'start');
  return root;
}

/** Plays `changeset version`: bumps the version, deletes the changesets, commits. */
function release(root: string, version: string): void {
  write(root, 'packages/lib/package.json', manifest(version));
  rmSync(join(root, '.changeset/first.md'), { force: true });
  commit(root, 'Version Packages');
}

function addChangeset(root: string, file = 'first.md'): void {
  write(root, `.changeset/${file}`, '---\n"@fixture/lib": minor\n---\n\nFirst release.\n');
}

describe('the pending-changeset check', () => {
  it('requires a changeset for a package that was never released', () => {
    const root = fixture();
    expect(checkChangesets(root).problems).toEqual([
      expect.stringContaining('@fixture/lib: packages/lib (never released'),
    ]);
    addChangeset(root);
    expect(checkChangesets(root).problems).toEqual([]);
  });

  it('never asks for changesets for private packages', () => {
    const root = fixture();
    addChangeset(root);
    write(root, 'apps/site/src/page.ts', 'export const changed = true;\n');
    expect(checkChangesets(root).packages.map((pkg) => pkg.name)).toEqual(['@fixture/lib']);
    expect(checkChangesets(root).problems).toEqual([]);
  });

  it('compares with the commit that set the version when there is no release tag', () => {
    const root = fixture();
    addChangeset(root);
    commit(root, 'changeset');
    release(root, '0.1.0');
    const clean = checkChangesets(root);
    expect(clean.problems).toEqual([]);
    expect(clean.packages[0]?.baseline).toMatchObject({
      kind: 'version-commit',
      commit: git(root, 'rev-parse', 'HEAD'),
    });

    write(root, 'packages/lib/src/index.ts', 'export const answer = 2;\n');
    expect(checkChangesets(root).problems).toEqual([
      expect.stringMatching(/^@fixture\/lib: packages\/lib\/src\/index\.ts changed since \w{12} \(version-commit\)/),
    ]);
    addChangeset(root, 'correction.md');
    expect(checkChangesets(root).problems).toEqual([]);
  });

  it('compares with the release tag when there is one, and flags new files under src/', () => {
    const root = fixture();
    addChangeset(root);
    commit(root, 'changeset');
    release(root, '0.1.0');
    git(root, 'tag', '@fixture/lib@0.1.0');
    write(root, 'packages/lib/src/data.ts', 'export const data = [];\n');
    const report = checkChangesets(root);
    expect(report.packages[0]?.baseline).toMatchObject({ kind: 'tag', ref: '@fixture/lib@0.1.0' });
    expect(report.problems).toEqual([
      expect.stringContaining('packages/lib/src/data.ts changed since @fixture/lib@0.1.0'),
    ]);
  });

  it('ignores tests and docs but not the published fields of package.json', () => {
    const root = fixture();
    addChangeset(root);
    commit(root, 'changeset');
    release(root, '0.1.0');
    write(root, 'packages/lib/test/index.test.ts', 'export {};\n');
    write(root, 'packages/lib/README.md', '# lib\n');
    write(root, 'packages/lib/package.json', manifest('0.1.0', { devDependencies: { vitest: '4.1.12' } }));
    expect(checkChangesets(root).problems).toEqual([]);
    write(
      root,
      'packages/lib/package.json',
      manifest('0.1.0', { exports: { '.': './dist/index.js', './more': './dist/more.js' } }),
    );
    expect(checkChangesets(root).problems).toEqual([
      expect.stringContaining('packages/lib/package.json (published fields)'),
    ]);
  });

  it('reports a clone too shallow to find the last release instead of passing', () => {
    const root = fixture();
    addChangeset(root);
    commit(root, 'changeset');
    release(root, '0.1.0');
    write(root, 'packages/lib/README.md', '# lib\n');
    commit(root, 'docs');
    const clone = mkdtempSync(join(tmpdir(), 'csto-shallow-'));
    temps.push(clone);
    git(clone, 'clone', '-q', '--depth', '1', `file://${root}`, '.');
    expect(checkChangesets(clone).problems).toEqual([expect.stringContaining('too shallow')]);
  });

  it('rejects a changeset with an unknown bump', () => {
    const root = fixture();
    write(root, '.changeset/odd.md', '---\n"@fixture/lib": huge\n---\n\nOdd.\n');
    expect(() => checkChangesets(root)).toThrow(/bump "huge"/);
  });
});

// CI clones with full history (fetch-depth: 0); a local shallow clone cannot know the last release.
const shallow = git(repoRoot, 'rev-parse', '--is-shallow-repository') === 'true';
describe.runIf(!shallow || process.env.CI === 'true')('this repository', () => {
  it('has a pending changeset for every published package changed since its last release', () => {
    const report = checkChangesets(repoRoot);
    expect(report.packages.map((pkg) => pkg.name)).toContain('@csto/core');
    expect(report.problems).toEqual([]);
  });
});
