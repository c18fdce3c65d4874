import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pendingChangesets, publishedPackages } from '../src/check-changesets.mjs';

const repoRoot = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const changelog = require(join(repoRoot, '.changeset/changelog.cjs'));
const config = JSON.parse(readFileSync(join(repoRoot, '.changeset/config.json'), 'utf8'));
const options = config.changelog[1];
const sha = '0123456789abcdef0123456789abcdef01234567';

describe('the changelog generator', () => {
  it('links each entry to the commit that added its changeset', async () => {
    const line = await changelog.getReleaseLine(
      { id: 'x', summary: 'Adds a session.\n\nSource: TASS.', releases: [], commit: sha },
      'minor',
      options,
    );
    expect(line).toBe(
      `- [\`0123456\`](https://github.com/csto-data/csto/commit/${sha}): Adds a session.\n\n  Source: TASS.`,
    );
  });

  it('writes a plain entry when the commit is unknown', async () => {
    expect(await changelog.getReleaseLine({ id: 'x', summary: 'Fix.', releases: [] }, 'patch', options)).toBe('- Fix.');
  });

  it('lists updated dependencies with their commits', async () => {
    const line = await changelog.getDependencyReleaseLine(
      [{ id: 'x', summary: 'Fix.', releases: [], commit: sha }],
      [{ name: '@csto/core', newVersion: '0.1.1' }],
      options,
    );
    expect(line).toBe(
      `- Updated dependencies ([\`0123456\`](https://github.com/csto-data/csto/commit/${sha}))\n  - @csto/core@0.1.1`,
    );
  });

  it('refuses to run without a repository to link to', async () => {
    await expect(changelog.getReleaseLine({ id: 'x', summary: 'Fix.', releases: [] }, 'patch', {})).rejects.toThrow(
      /repo/,
    );
  });
});

const bumps = ['none', 'patch', 'minor', 'major'] as const;
function bump(version: string, kind: (typeof bumps)[number]): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  if (kind === 'patch') return `${major}.${minor}.${patch + 1}`;
  return version;
}

describe('`changeset version` on a copy of this repository', () => {
  const copy = mkdtempSync(join(tmpdir(), 'csto-version-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('bumps each published package by its pending changesets and links the changelog to the commit', () => {
    // Copy what changesets reads: the workspace layout, the manifests and the pending changesets.
    const files = [
      'package.json',
      'pnpm-workspace.yaml',
      ...readdirSync(join(repoRoot, '.changeset')).map((f) => `.changeset/${f}`),
    ];
    for (const group of ['packages', 'apps', 'tooling']) {
      if (!existsSync(join(repoRoot, group))) continue;
      for (const dir of readdirSync(join(repoRoot, group))) {
        if (existsSync(join(repoRoot, group, dir, 'package.json'))) files.push(`${group}/${dir}/package.json`);
      }
    }
    for (const file of files) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(repoRoot, file), join(copy, file));
    }
    const published = publishedPackages(copy);
    const before = pendingChangesets(copy);
    // Expected bump per package: the highest bump among its pending changesets.
    const highest = new Map<string, (typeof bumps)[number]>();
    for (const [name, changesetFiles] of before) {
      for (const file of changesetFiles) {
        const kind = new RegExp(`"${name}": (\\w+)`).exec(
          readFileSync(join(copy, file), 'utf8'),
        )![1] as (typeof bumps)[number];
        if (bumps.indexOf(kind) > bumps.indexOf(highest.get(name) ?? 'none')) highest.set(name, kind);
      }
    }
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.org',
    };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: copy, env, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '--no-gpg-sign', '-m', 'copy');
    const head = git('rev-parse', 'HEAD');

    const bin = join(dirname(require.resolve('@changesets/cli/package.json')), 'bin.js');
    execFileSync(process.execPath, [bin, 'version'], { cwd: copy, env, encoding: 'utf8', stdio: 'pipe' });

    expect(pendingChangesets(copy).size).toBe(0);
    for (const pkg of published) {
      const after = JSON.parse(readFileSync(join(copy, pkg.dir, 'package.json'), 'utf8'));
      expect(`${pkg.name}@${after.version}`).toBe(`${pkg.name}@${bump(pkg.version, highest.get(pkg.name) ?? 'none')}`);
      if (highest.has(pkg.name)) {
        const log = readFileSync(join(copy, pkg.dir, 'CHANGELOG.md'), 'utf8');
        expect(log).toContain(`## ${after.version}`);
        expect(log).toContain(`(https://github.com/csto-data/csto/commit/${head})`);
      }
    }
    // A pending changeset exists for every published package that has never been released.
    for (const pkg of published.filter((p) => p.version === '0.0.0')) expect(highest.get(pkg.name)).toBeDefined();
  });
});
