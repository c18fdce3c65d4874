// Packs every published workspace package once, as a release does (`@csto/release-checks/pack`), then installs
// the tarballs (not the workspace) into fresh temporary projects, as a user would get them from the registry.
// The test files read the paths via `inject`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type PackedPackage, packPublished } from '@csto/release-checks/pack';
import type { TestProject } from 'vitest/node';

export interface Consumers {
  root: string;
  packages: PackedPackage[];
  /** A project with every tarball and zod installed. */
  full: string;
  /** A project with only the core tarball: no zod, no other dependency. */
  bare: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    consumers: Consumers;
  }
}

export const repoRoot = resolve(import.meta.dirname, '../../..');

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
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

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'csto-consumers-'));
  const tarballDir = join(root, 'tarballs');
  mkdirSync(tarballDir);
  const packages = packPublished(repoRoot, tarballDir);

  const core = packages.find((pkg) => pkg.name === '@csto/core');
  if (!core) throw new Error('@csto/core is not among the published workspace packages');
  const zodVersion = createRequire(import.meta.url)('zod/package.json').version as string;

  const full = makeProject(join(root, 'full'), {
    ...Object.fromEntries(packages.map((pkg) => [pkg.name, `file:${pkg.tarball}`])),
    zod: zodVersion,
  });
  const bare = makeProject(join(root, 'bare'), { '@csto/core': `file:${core.tarball}` });

  project.provide('consumers', { root, packages, full, bare });
  return () => rmSync(root, { recursive: true, force: true });
}
