/**
 * What a release publishes, checked before a release does it: each published package is packed as `changeset
 * publish` packs it, its `license` field is held against the licence files in the tarball, and the tarball goes
 * through `npm publish --dry-run`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import parseSpdx from 'spdx-expression-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { publishedPackages } from '../src/check-changesets.mjs';
import { type PackedPackage, packPublished, readPacked } from '../src/pack.mjs';

const execFileAsync = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const published = publishedPackages(root).map((pkg) => pkg.name);

/** How each licence the repository uses is recognised in a file, and the words the READMEs use for it. */
const licences: Record<string, { text: RegExp; named: RegExp }> = {
  MIT: { text: /^MIT License\n[\s\S]*Permission is hereby granted, free of charge/, named: /\bMIT\b/ },
  'CC0-1.0': {
    text: /^Creative Commons Legal Code\n\nCC0 1\.0 Universal\n[\s\S]*Statement of Purpose/,
    named: /CC0 1\.0/,
  },
};

/** A licence file at the top of a package: LICENSE, LICENSE-DATA, COPYING, LICENCE.md… */
const licenceFile = /^(?:LICEN[CS]E|COPYING)(?:[-.][\w.-]+)?$/i;

/** The licence identifiers of an SPDX expression, in order; throws on an expression that is not valid SPDX. */
function identifiers(expression: string): string[] {
  const walk = (node: parseSpdx.Info): string[] =>
    'license' in node ? [node.license] : [...walk(node.left), ...walk(node.right)];
  return walk(parseSpdx(expression));
}

/** Which licence a file's text is, or `undefined`. */
function recognise(text: string): string | undefined {
  return Object.keys(licences).find((id) => licences[id]!.text.test(text));
}

/** The "## Licence" section of a README. */
function licenceSection(readme: string): string {
  return readme.split(/^## /m).find((part) => /^Licen[cs]e\b/.test(part)) ?? '';
}

/** The workspace's package.json files: the root and every folder its `packages` globs (`dir/*`) match. */
function workspaceManifests(): { dir: string; manifest: { name: string; license?: string; private?: boolean } }[] {
  const globs: string[] = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')).packages;
  const dirs = globs.flatMap((glob) =>
    glob.endsWith('/*')
      ? readdirSync(join(root, glob.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `${glob.slice(0, -2)}/${entry.name}`)
      : [glob],
  );
  return ['.', ...dirs]
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }));
}

const temp = mkdtempSync(join(tmpdir(), 'csto-release-tarballs-'));
let packed: PackedPackage[] = [];
beforeAll(() => {
  packed = packPublished(root, temp);
}, 300_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('licences', () => {
  it('recognises each licence the repository uses in its own file', () => {
    expect(recognise(readFileSync(join(root, 'LICENSE'), 'utf8'))).toBe('MIT');
    expect(recognise(readFileSync(join(root, 'packages/core/LICENSE-DATA'), 'utf8'))).toBe('CC0-1.0');
    expect(recognise('Apache License\nVersion 2.0, January 2004\n')).toBeUndefined();
    expect(() => identifiers('MIT AND CC0')).toThrow();
    expect(identifiers('MIT AND CC0-1.0')).toEqual(['MIT', 'CC0-1.0']);
  });

  it('gives every workspace package a valid SPDX expression of licences the repository carries', () => {
    const all = workspaceManifests();
    expect(all.length).toBeGreaterThan(5);
    for (const { dir, manifest } of all) {
      expect(manifest.license, `${dir}/package.json`).toBeTypeOf('string');
      for (const id of identifiers(manifest.license!)) expect(Object.keys(licences), `${dir}: ${id}`).toContain(id);
    }
  });

  it('has the root name every licence a workspace package uses', () => {
    const [rootManifest, ...rest] = workspaceManifests();
    const used = new Set(rest.flatMap(({ manifest }) => identifiers(manifest.license!)));
    expect(new Set(identifiers(rootManifest!.manifest.license!))).toEqual(used);
  });

  it('keeps one text of each licence: every copy in the repository is the same file', () => {
    const copies = workspaceManifests().flatMap(({ dir }) =>
      readdirSync(join(root, dir))
        .filter((file) => licenceFile.test(file))
        .map((file) => join(dir, file)),
    );
    expect(copies).toContain('packages/core/LICENSE-DATA');
    const canonical = new Map<string, string>();
    for (const copy of copies) {
      const text = readFileSync(join(root, copy), 'utf8');
      const id = recognise(text);
      expect(id, `${copy} is not a licence the repository uses`).toBeDefined();
      expect(text, copy).toBe(canonical.get(id!) ?? text);
      canonical.set(id!, text);
    }
  });

  it('packs every published package', () => {
    expect(published).toContain('@csto/core');
    expect(packed.map((pkg) => pkg.name)).toEqual(published);
  });

  describe.each(published)('the tarball of %s', (name) => {
    const pkg = () => packed.find((candidate) => candidate.name === name)!;

    it('carries one licence file for each licence its license field names, and no other', () => {
      const { files, tarball, manifest } = pkg();
      const found = files
        .filter((file) => licenceFile.test(file))
        .map((file) => ({ file, id: recognise(readPacked(tarball, file)) }));
      expect(found.filter(({ id }) => id === undefined)).toEqual([]);
      expect(found.map(({ id }) => id).sort()).toEqual(identifiers(manifest.license).sort());
    });

    it('names the same licences in its README', () => {
      const { tarball, manifest } = pkg();
      const section = licenceSection(readPacked(tarball, 'README.md'));
      for (const id of identifiers(manifest.license)) expect(section, id).toMatch(licences[id]!.named);
    });
  });

  it('says `MIT AND CC0-1.0` for the core: MIT code, CC0 data, both files shipped', () => {
    const core = packed.find((pkg) => pkg.name === '@csto/core')!;
    expect(core.manifest.license).toBe('MIT AND CC0-1.0');
    expect(core.files).toEqual(expect.arrayContaining(['LICENSE', 'LICENSE-DATA']));
  });
});

describe('npm publish --dry-run', () => {
  /**
   * A registry on 127.0.0.1 that has never seen a package. npm 11's dry run asks the registry whether the version
   * is already published, which, for the version on main, it is once released; this one keeps the check about the
   * tarball, and needs no network and no token.
   */
  let registry: Server;
  let registryUrl = '';
  beforeAll(async () => {
    registry = createServer((_request, response) => {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":"Not found"}');
    });
    await new Promise<void>((done) => registry.listen(0, '127.0.0.1', done));
    registryUrl = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((done) => registry.close(() => done())));

  /**
   * `npm publish --dry-run --json` of a tarball or folder, with no user config, no token and the local registry.
   * Asynchronous: the registry answers from this process.
   */
  async function dryRun(target: string): Promise<{ status: number; json?: Record<string, unknown>; output: string }> {
    const home = mkdtempSync(join(temp, 'home-'));
    const userconfig = join(home, '.npmrc');
    writeFileSync(userconfig, '');
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const args = ['publish', '--dry-run', '--json', '--ignore-scripts', '--registry', registryUrl, target];
    try {
      const { stdout } = await execFileAsync('npm', args, {
        cwd: home,
        env: { ...env, HOME: home, npm_config_userconfig: userconfig, npm_config_update_notifier: 'false' },
        encoding: 'utf8',
      });
      const json = JSON.parse(stdout);
      // npm 10 prints the package's summary, npm 11 the same keyed by the package's name.
      return { status: 0, json: 'name' in json ? json : Object.values(json)[0], output: stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { status: failed.code, output: `${failed.stdout}\n${failed.stderr}` };
    }
  }

  it('refuses a package npm would refuse (a version that is not semver)', async () => {
    const core = packed.find((pkg) => pkg.name === '@csto/core')!;
    const dir = join(temp, 'broken/package');
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', core.tarball, '-C', join(temp, 'broken')]);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, version: '0.1' }));
    const result = await dryRun(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/Invalid version/);
  });

  describe.each(published)('of %s', (name) => {
    it('succeeds without a token and would publish exactly the packed files', async () => {
      const pkg = packed.find((candidate) => candidate.name === name)!;
      const result = await dryRun(pkg.tarball);
      expect(result.output).not.toMatch(/npm (?:error|ERR!)/);
      expect(result.status).toBe(0);
      expect(result.json).toMatchObject({ name: pkg.name, version: pkg.version });
      const files = (result.json!.files as { path: string }[]).map((file) => file.path).sort();
      expect(files).toEqual(pkg.files);
    });
  });
});
