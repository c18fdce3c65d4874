// Packs every published workspace package once, as a release does (`@csto/release-checks/pack`), then installs
// the tarballs (not the workspace) into fresh temporary projects, as a user would get them from the registry.
// The projects install at once, from npm's cache where it holds the package (`--prefer-offline`). The test files
// read the paths via `inject`.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type PackedPackage, packPublished } from '@csto/release-checks/pack';
import type { TestProject } from 'vitest/node';

/** A project where npm installed zod first and the core tarball after it, as a user who already has zod would. */
export interface ZodProject {
  /** The zod that npm installed before the tarball. */
  zod: string;
  dir: string;
  /** How `npm install <core tarball>` ended in that project: exit status and everything it printed. */
  install: { status: number; output: string };
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

const execFileAsync = promisify(execFile);

/** Runs npm in `cwd`; resolves to its exit status and everything it printed, failing or not. */
async function npm(args: string[], cwd: string): Promise<{ status: number; output: string }> {
  try {
    const { stdout, stderr } = await execFileAsync('npm', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
    return { status: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** npm's flags for a quiet install, taken from the cache where it can. At `warn`, so ERESOLVE would show. */
const installFlags = [
  '--no-audit',
  '--no-fund',
  '--prefer-offline',
  '--ignore-scripts',
  '--no-update-notifier',
  '--loglevel=warn',
];

async function install(dir: string, args: string[]): Promise<{ status: number; output: string }> {
  const result = await npm(['install', ...args, ...installFlags], dir);
  if (result.status !== 0) throw new Error(`npm install ${args.join(' ')} failed in ${dir}:\n${result.output}`);
  return result;
}

function writePackageJson(dir: string, extra: Record<string, unknown> = {}): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, ...extra }, null, 2)}\n`,
  );
}

async function makeProject(dir: string, dependencies: Record<string, string>): Promise<string> {
  const overrides = Object.fromEntries(Object.keys(dependencies).map((name) => [name, `$${name}`]));
  writePackageJson(dir, { dependencies, overrides });
  await install(dir, []);
  return dir;
}

/** Installs `zod@version` with npm, then the core tarball in a second `npm install`, and keeps how that one ended. */
async function makeZodProject(dir: string, version: string, coreTarball: string): Promise<ZodProject> {
  writePackageJson(dir);
  await install(dir, [`zod@${version}`]);
  return { zod: version, dir, install: await npm(['install', `file:${coreTarball}`, ...installFlags], dir) };
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), 'csto-consumers-'));
  const tarballDir = join(root, 'tarballs');
  mkdirSync(tarballDir);
  const packages = packPublished(repoRoot, tarballDir);

  const core = packages.find((pkg) => pkg.name === '@csto/core');
  if (!core) throw new Error('@csto/core is not among the published workspace packages');
  const zodVersion = createRequire(import.meta.url)('zod/package.json').version as string;

  const [full, bare, zod] = await Promise.all([
    makeProject(join(root, 'full'), {
      ...Object.fromEntries(packages.map((pkg) => [pkg.name, `file:${pkg.tarball}`])),
      zod: zodVersion,
    }),
    makeProject(join(root, 'bare'), { '@csto/core': `file:${core.tarball}` }),
    Promise.all(
      [...new Set([...PEER_ZODS, zodVersion])].map((version) =>
        makeZodProject(join(root, `zod-${version}`), version, core.tarball),
      ),
    ),
  ]);

  project.provide('consumers', { root, packages, full, bare, zod });
  return () => rmSync(root, { recursive: true, force: true });
}
