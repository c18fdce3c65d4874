// Packs every published workspace package once, then installs the tarballs (not the workspace) into fresh
// temporary projects, as a user would get them from the registry. The test files read the paths via `inject`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export interface PackedPackage {
  name: string;
  version: string;
  /** Workspace folder, relative to the repository root. */
  dir: string;
  tarball: string;
  files: string[];
}

/** A project where npm installed zod first and the core tarball after it, as a user who already has zod would. */
export interface ZodProject {
  /** The zod that npm installed before the tarball. */
  zod: string;
  dir: string;
  /** How `npm install <core tarball>` ended in that project: exit status and everything it printed. */
  install: { status: number | null; output: string };
}

export interface Consumers {
  root: string;
  packages: PackedPackage[];
  /** A project with every tarball and zod installed. */
  full: string;
  /** A project with only the core tarball: no zod, no other dependency. */
  bare: string;
  /** The core tarball beside zod releases that its peer range accepts (PEER_ZODS and the workspace's zod 4). */
  zod: ZodProject[];
}

/**
 * zod releases to install beside the tarball: the lowest of each major that the peer range `^3.25.50 || ^4.0.0`
 * allows, and the last zod 3. zod 3.25.0 is the first with `zod/v4`, but releases before 3.25.29 reject some of the
 * data's source URLs and, before 3.25.50, `ZodType` lacks the third type parameter the declarations use.
 */
export const PEER_ZODS = ['3.25.50', '3.25.76', '4.0.0'];

declare module 'vitest' {
  export interface ProvidedContext {
    consumers: Consumers;
  }
}

export const repoRoot = resolve(import.meta.dirname, '../../..');

/** The pnpm that runs this test (through `pnpm test`), else the pinned one through npx. */
export function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) {
    // pnpm ships either as a script for node or as a native executable.
    return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []];
  }
  return ['npx', ['--yes', 'pnpm@12.4.2']];
}

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Workspace packages that are not private, i.e. the ones `changeset publish` would publish. */
export function publishedPackages(): { name: string; version: string; dir: string }[] {
  const found: { name: string; version: string; dir: string }[] = [];
  for (const group of ['packages', 'apps']) {
    const groupDir = join(repoRoot, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      const manifestPath = join(groupDir, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (manifest.private !== true)
        found.push({ name: manifest.name, version: manifest.version, dir: `${group}/${entry.name}` });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

function installFlags(): string[] {
  return [
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--ignore-scripts',
    '--no-update-notifier',
    '--loglevel=error',
  ];
}

function makeProject(dir: string, dependencies: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  const overrides = Object.fromEntries(Object.keys(dependencies).map((name) => [name, `$${name}`]));
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, dependencies, overrides }, null, 2)}\n`,
  );
  run('npm', ['install', ...installFlags()], dir);
  return dir;
}

/** Installs `zod@version` with npm, then the core tarball in a second `npm install`, and keeps how that one ended. */
function makeZodProject(dir: string, version: string, coreTarball: string): ZodProject {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true })}\n`,
  );
  run('npm', ['install', `zod@${version}`, ...installFlags()], dir);
  // At warn level, so that npm's "ERESOLVE overriding peer dependency" would show too.
  const flags = [...installFlags().filter((flag) => !flag.startsWith('--loglevel=')), '--loglevel=warn'];
  const core = spawnSync('npm', ['install', `file:${coreTarball}`, ...flags], { cwd: dir, encoding: 'utf8' });
  return { zod: version, dir, install: { status: core.status, output: `${core.stdout}${core.stderr}` } };
}

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'csto-consumers-'));
  const tarballDir = join(root, 'tarballs');
  mkdirSync(tarballDir);
  const [pnpm, pnpmArgs] = pnpmCommand();

  const packages: PackedPackage[] = publishedPackages().map(({ name, version, dir }) => {
    const packageDir = join(repoRoot, dir);
    if (!existsSync(join(packageDir, 'dist'))) {
      // Normally built by turbo before this task (`^build`); a package merged later may not be a dependency yet.
      run(pnpm, [...pnpmArgs, '--filter', name, 'run', 'build'], repoRoot);
    }
    const before = new Set(readdirSync(tarballDir));
    run(pnpm, [...pnpmArgs, 'pack', '--pack-destination', tarballDir], packageDir);
    const tarball = readdirSync(tarballDir).find((file) => file.endsWith('.tgz') && !before.has(file));
    if (!tarball) throw new Error(`pnpm pack produced no tarball for ${name}`);
    const path = join(tarballDir, tarball);
    const files = run('tar', ['-tzf', path], root)
      .split('\n')
      .filter((line) => line && !line.endsWith('/'))
      .map((line) => line.replace(/^package\//, ''))
      .sort();
    return { name, version, dir, tarball: path, files };
  });

  const core = packages.find((pkg) => pkg.name === '@csto/core');
  if (!core) throw new Error('@csto/core is not among the published workspace packages');
  const zodVersion = createRequire(import.meta.url)('zod/package.json').version as string;

  const full = makeProject(join(root, 'full'), {
    ...Object.fromEntries(packages.map((pkg) => [pkg.name, `file:${pkg.tarball}`])),
    zod: zodVersion,
  });
  const bare = makeProject(join(root, 'bare'), { '@csto/core': `file:${core.tarball}` });
  const zod = [...new Set([...PEER_ZODS, zodVersion])].map((version) =>
    makeZodProject(join(root, `zod-${version}`), version, core.tarball),
  );

  project.provide('consumers', { root, packages, full, bare, zod });
  return () => rmSync(root, { recursive: true, force: true });
}
