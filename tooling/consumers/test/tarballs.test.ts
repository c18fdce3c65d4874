import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from './_setup.js';

const { packages } = inject('consumers');
const require = createRequire(import.meta.url);

/** What a user needs from a tarball, and nothing else. */
const allowed = [
  /^dist\/[^/].*\.(?:c?js|d\.c?ts|json)$/,
  /^dist\/.*\.map$/,
  /^dist\/tables\/[a-z_]+\.csv$/,
  /^README\.md$/,
  /^LICENSE(?:-DATA)?$/,
  /^CHANGELOG\.md$/,
  /^DATA\.md$/,
  /^package\.json$/,
];
const secrets = /(?:^|\/)(?:\.env(?:\..*)?|\.npmrc|\.yarnrc(?:\.yml)?|id_[a-z0-9]+|.*\.pem|.*\.key)$/;

describe.each(packages)('the tarball of $name', (pkg) => {
  it('holds only dist/ (code, JSON and the tables’ CSV files), README.md, DATA.md, LICENSE (and LICENSE-DATA), CHANGELOG.md and package.json', () => {
    expect(pkg.files).toContain('package.json');
    expect(pkg.files).toContain('README.md');
    expect(pkg.files).toContain('LICENSE');
    expect(pkg.files.some((file) => file.startsWith('dist/'))).toBe(true);
    expect(pkg.files.filter((file) => !allowed.some((pattern) => pattern.test(file)))).toEqual([]);
  });

  it('holds no tests, no sources and no secrets', () => {
    expect(pkg.files.filter((file) => /(?:^|\/)(?:test|tests|__tests__|src)\/|\.test\.|\.spec\./.test(file))).toEqual(
      [],
    );
    expect(pkg.files.filter((file) => secrets.test(file))).toEqual([]);
    const text = execFileSync('tar', ['-xzOf', pkg.tarball], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(text).not.toMatch(/_authToken|NPM_TOKEN=|-----BEGIN [A-Z ]*PRIVATE KEY-----/);
  });

  it('has no source map pointing outside the package', () => {
    for (const map of pkg.files.filter((file) => file.endsWith('.map'))) {
      const parsed = JSON.parse(execFileSync('tar', ['-xzOf', pkg.tarball, `package/${map}`], { encoding: 'utf8' }));
      for (const source of parsed.sources as string[]) {
        const resolved = join('package', dirname(map), source);
        expect(resolved.startsWith('package/'), `${map} points at ${source}`).toBe(true);
        expect(pkg.files).toContain(resolved.slice('package/'.length));
      }
    }
    for (const file of pkg.files.filter((name) => /\.(?:c?js|d\.c?ts)$/.test(name))) {
      const text = execFileSync('tar', ['-xzOf', pkg.tarball, `package/${file}`], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const pointer = /[#@] sourceMappingURL=(\S+)/.exec(text)?.[1];
      if (pointer && !pointer.startsWith('data:')) expect(pkg.files).toContain(join(dirname(file), pointer));
    }
  });

  it('replaces every workspace: and catalog: range with a real version', () => {
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', pkg.tarball, 'package/package.json'], { encoding: 'utf8' }),
    );
    const ranges = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
      Object.values<string>(manifest[field] ?? {}),
    );
    expect(ranges.filter((range) => /^(?:workspace|catalog):/.test(range))).toEqual([]);
  });

  it('passes publint in strict mode', async () => {
    const tarball = readFileSync(pkg.tarball);
    const { messages, pkg: manifest } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, manifest) ?? message.code}`)).toEqual(
      [],
    );
  });

  /** A command-line package (only `bin`, no `exports`) has no types to resolve. */
  const isLibrary = 'exports' in JSON.parse(readFileSync(join(repoRoot, pkg.dir, 'package.json'), 'utf8'));

  it.runIf(isLibrary)('resolves types for node10, node16 (CommonJS and ESM) and bundler (arethetypeswrong)', () => {
    const attw = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');
    const result = (() => {
      try {
        return {
          status: 0,
          // The JSON data files are not module entry points: node10 resolution cannot see subpath exports, so
          // node10 users read `@csto/core/dist/data.json` (documented in the core README).
          out: execFileSync(
            process.execPath,
            [attw, pkg.tarball, '--format', 'json', '--exclude-entrypoints', './data.json', './data.schema.json'],
            { encoding: 'utf8' },
          ),
        };
      } catch (error) {
        const failed = error as { status: number; stdout: string };
        return { status: failed.status, out: failed.stdout };
      }
    })();
    const report = JSON.parse(result.out);
    const kinds = new Set(
      Object.values<{ resolutions: Record<string, unknown> }>(report.analysis.entrypoints).flatMap((entry) =>
        Object.keys(entry.resolutions),
      ),
    );
    expect([...kinds].sort()).toEqual(['bundler', 'node10', 'node16-cjs', 'node16-esm']);
    // `problems` is grouped by kind (an object) in the JSON report; empty means green for every resolution.
    const problems: unknown = report.problems ?? report.analysis.problems;
    expect(Array.isArray(problems) ? problems : Object.values(problems as object).flat()).toEqual([]);
    expect(result.status).toBe(0);
  });
});
