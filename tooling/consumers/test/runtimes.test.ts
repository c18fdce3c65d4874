// The installed tarball under Deno 2 and Bun, the runtimes themselves from their npm packages (pinned
// devDependencies of this package, each binary in an npm package for the platform). Run on every change: a runtime
// that does not start here fails the test, never skips it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as workspaceCore from '@csto/core';
import { describe, expect, inject, it } from 'vitest';
import { esmProbe, expectedProbe, expectedSchemaProbe, MISSING_ZOD, schemaProbe } from './_probe.js';

const { root, bare, zod } = inject('consumers');
const require = createRequire(import.meta.url);
const exe = process.platform === 'win32' ? '.exe' : '';

interface Runtime {
  name: string;
  /** Where the postinstall script of the npm package put the binary. */
  binary: string;
  /** The command line that runs one script file in a project folder, reading nothing outside it. */
  args: (cwd: string, file: string) => string[];
  env: Record<string, string>;
}

const denoDir = join(root, 'deno-dir');
mkdirSync(denoDir, { recursive: true });

const runtimes: Runtime[] = [
  {
    name: 'Deno',
    binary: join(dirname(require.resolve('deno/package.json')), `deno${exe}`),
    // The project's package.json and node_modules, as npm installed them: nothing is fetched (--cached-only).
    args: (cwd, file) => ['run', '--no-lock', '--no-prompt', '--cached-only', `--allow-read=${cwd}`, file],
    env: { DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: '1' },
  },
  {
    name: 'Bun',
    binary: join(dirname(require.resolve('bun/package.json')), 'bin', 'bun.exe'),
    args: (_cwd, file) => ['--no-install', file],
    env: {},
  },
];

describe.each(runtimes)('the installed @csto/core tarball under $name', (runtime) => {
  function run(cwd: string, name: string, source: string) {
    // Named for the runtime: other test files write their own scripts into the same projects at the same time.
    const file = `${runtime.name.toLowerCase()}-${name}`;
    writeFileSync(join(cwd, file), source);
    return spawnSync(runtime.binary, runtime.args(cwd, file), {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...runtime.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
  }

  it('starts from its npm package', () => {
    expect(existsSync(runtime.binary), `${runtime.binary} is missing: run pnpm install`).toBe(true);
    const version = spawnSync(runtime.binary, ['--version'], { encoding: 'utf8' });
    // bun's npm package holds a placeholder until its postinstall script (allowed in pnpm-workspace.yaml) runs.
    expect(version.error, `${runtime.name} does not run here: ${version.error?.message}`).toBeUndefined();
    expect(version.status, version.stderr).toBe(0);
  });

  it('reports Uzbekistan as a member on 2010-01-01 and the six members on 2021-04-27', () => {
    const project = zod.at(-1)!;
    const result = run(
      project.dir,
      'membership.mjs',
      `import { isMember, membersOn } from '@csto/core';
console.log(JSON.stringify({ uzbekistan: isMember('UZ', '2010-01-01'), members: membersOn('2021-04-27').join() }));
`,
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ uzbekistan: true, members: 'AM,BY,KG,KZ,RU,TJ' });
  });

  it('answers the shared probe exactly as the workspace build does', () => {
    const result = run(bare, 'probe.mjs', esmProbe);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(expectedProbe(workspaceCore));
  });

  it.each(zod.map((project) => [project.zod, project] as const))(
    'validates the whole of data.json with @csto/core/schema on zod %s',
    (version, project) => {
      const result = run(project.dir, 'schema.mjs', schemaProbe.esm);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual(expectedSchemaProbe(workspaceCore, version));
    },
  );

  it('names the fix and exits non-zero when @csto/core/schema is imported without zod', () => {
    const result = run(bare, 'schema.mjs', schemaProbe.esm);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(MISSING_ZOD);
  });
});
