#!/usr/bin/env node
// Fails when a published package's source or data (its `src/`) or the published fields of its package.json
// changed since its last release and no pending changeset names the package.
//
// The last release of a package is, in order of preference:
//   1. the git tag `<name>@<version>` that `changeset publish` creates;
//   2. the commit that set the current `version` in package.json (the merged "Version Packages" commit), for
//      clones without tags;
//   3. none, while the version is 0.0.0: the package was never released and needs a changeset for its first.
// History that is too shallow to find (2) is reported as a problem, never silently passed.
//
// Usage: check-changesets [repository root]   (exit 0: fine, 1: changesets missing or history unusable)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Fields of package.json that change what users install, or on what terms. `version`, scripts and devDependencies
 * do not.
 */
export const PUBLISHED_FIELDS = [
  'name',
  'license',
  'type',
  'main',
  'module',
  'types',
  'typesVersions',
  'exports',
  'bin',
  'files',
  'sideEffects',
  'engines',
  'dependencies',
  'peerDependencies',
  'peerDependenciesMeta',
  'optionalDependencies',
];

/**
 * @param {string} cwd
 * @param {string[]} args
 * @returns {string}
 */
function git(cwd, args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * @param {string} cwd
 * @param {string[]} args
 * @returns {string | undefined}
 */
function gitMaybe(cwd, args) {
  try {
    return git(cwd, args) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Workspace packages that `changeset publish` would publish (not private), under packages/ and apps/.
 * @param {string} root
 * @returns {{ name: string, version: string, dir: string, manifest: Record<string, unknown> }[]}
 */
export function publishedPackages(root) {
  const found = [];
  for (const group of ['packages', 'apps']) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      const manifestPath = join(groupDir, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (manifest.private !== true) {
        found.push({ name: manifest.name, version: manifest.version, dir: `${group}/${entry.name}`, manifest });
      }
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Pending changesets: `.changeset/*.md` (but its README), as a map from package name to changeset files.
 * @param {string} root
 * @returns {Map<string, string[]>}
 */
export function pendingChangesets(root) {
  /** @type {Map<string, string[]>} */
  const byPackage = new Map();
  const dir = join(root, '.changeset');
  if (!existsSync(dir)) return byPackage;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.md') || file.toLowerCase() === 'readme.md') continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!match) throw new Error(`.changeset/${file}: no front matter (--- "package": patch|minor|major ---)`);
    const releases = parse(match[1] ?? '') ?? {};
    for (const [name, bump] of Object.entries(releases)) {
      if (!['patch', 'minor', 'major', 'none'].includes(String(bump))) {
        throw new Error(`.changeset/${file}: "${name}" has bump "${bump}", expected patch, minor, major or none`);
      }
      byPackage.set(name, [...(byPackage.get(name) ?? []), `.changeset/${file}`]);
    }
  }
  return byPackage;
}

/**
 * @param {Record<string, unknown>} manifest
 * @returns {string}
 */
function publishedView(manifest) {
  return JSON.stringify(PUBLISHED_FIELDS.map((field) => [field, manifest[field] ?? null]));
}

/**
 * @typedef {{ kind: 'tag' | 'version-commit', ref: string, commit: string } | { kind: 'unreleased' }} Baseline
 * @typedef {{ name: string, dir: string, version: string, baseline?: Baseline, changed: string[], changesets: string[] }} PackageReport
 * @typedef {{ packages: PackageReport[], problems: string[] }} Report
 */

/**
 * @param {string} root
 * @param {{ name: string, version: string, dir: string }} pkg
 * @returns {Baseline | string} the baseline, or the reason none could be found
 */
function findBaseline(root, pkg) {
  if (pkg.version === '0.0.0') return { kind: 'unreleased' };
  const tag = `${pkg.name}@${pkg.version}`;
  const tagged = gitMaybe(root, ['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`]);
  if (tagged) return { kind: 'tag', ref: tag, commit: tagged };
  const needle = `"version": "${pkg.version}"`;
  const commit = gitMaybe(root, ['log', '-n', '1', '--format=%H', '-S', needle, '--', `${pkg.dir}/package.json`]);
  const shallow = gitMaybe(root, ['rev-parse', '--is-shallow-repository']) === 'true';
  if (commit && !(shallow && gitMaybe(root, ['rev-parse', '-q', '--verify', `${commit}^`]) === undefined)) {
    return { kind: 'version-commit', ref: commit.slice(0, 12), commit };
  }
  return shallow
    ? `the clone is too shallow to find the release of ${tag}: fetch tags and full history (git fetch --unshallow --tags; actions/checkout with fetch-depth: 0)`
    : `no tag ${tag} and no commit that set version ${pkg.version} in ${pkg.dir}/package.json`;
}

/**
 * @param {string} root
 * @param {string} dir
 * @param {string} commit
 * @param {Record<string, unknown>} manifest
 * @returns {string[]}
 */
function changedSince(root, dir, commit, manifest) {
  const changed = new Set([
    ...(gitMaybe(root, ['diff', '--name-only', commit, '--', `${dir}/src`])?.split('\n') ?? []),
    ...(gitMaybe(root, ['ls-files', '--others', '--exclude-standard', '--', `${dir}/src`])?.split('\n') ?? []),
  ]);
  const before = gitMaybe(root, ['show', `${commit}:${dir}/package.json`]);
  if (before === undefined || publishedView(JSON.parse(before)) !== publishedView(manifest)) {
    changed.add(`${dir}/package.json (published fields)`);
  }
  return [...changed].filter(Boolean).sort();
}

/**
 * Checks every published package of the repository at `root`.
 * @param {string} root
 * @returns {Report}
 */
export function checkChangesets(root) {
  git(root, ['rev-parse', '--git-dir']);
  const pending = pendingChangesets(root);
  /** @type {string[]} */
  const problems = [];
  const packages = publishedPackages(root).map((pkg) => {
    const changesets = pending.get(pkg.name) ?? [];
    const baseline = findBaseline(root, pkg);
    if (typeof baseline === 'string') {
      problems.push(`${pkg.name}: ${baseline}`);
      return { name: pkg.name, dir: pkg.dir, version: pkg.version, changed: [], changesets };
    }
    const changed =
      baseline.kind === 'unreleased'
        ? [`${pkg.dir} (never released: version 0.0.0)`]
        : changedSince(root, pkg.dir, baseline.commit, pkg.manifest);
    if (changed.length > 0 && changesets.length === 0) {
      const since = baseline.kind === 'unreleased' ? 'its first release' : `${baseline.ref} (${baseline.kind})`;
      problems.push(
        `${pkg.name}: ${changed.join(', ')} changed since ${since} and no changeset names it: run \`pnpm changeset\``,
      );
    }
    return { name: pkg.name, dir: pkg.dir, version: pkg.version, baseline, changed, changesets };
  });
  return { packages, problems };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? git(process.cwd(), ['rev-parse', '--show-toplevel']));
  const { packages, problems } = checkChangesets(root);
  for (const pkg of packages) {
    const since = !pkg.baseline ? 'unknown' : pkg.baseline.kind === 'unreleased' ? 'never released' : pkg.baseline.ref;
    console.log(
      `${pkg.name}@${pkg.version} (last release: ${since}): ${pkg.changed.length} changed, ${pkg.changesets.length} changeset(s)`,
    );
  }
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(problems.length > 0 ? 1 : 0);
}
