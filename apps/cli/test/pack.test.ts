import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { domainNames, membersOn, states, todayUtc } from '@csto/core';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'csto-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the published package', () => {
  it('installs from its tarball with no dependencies and runs `csto members`', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['pack', '--pack-destination', work, '--silent'], { cwd: packageDir, stdio: 'pipe' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const listing = execFileSync('tar', ['-tzf', join(work, tarball)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .sort();
    expect(listing).toEqual(
      [
        'package/CHANGELOG.md',
        'package/LICENSE',
        'package/README.md',
        'package/dist/csto.cjs',
        ...domainNames.filter((name) => name !== 'sessions').map((name) => `package/dist/data/${name}.json`),
        // The core's index of each source's citations (`csto source`) and its sessions by year (`csto session
        // ID` reads one year), as many files as the build wrote.
        ...['citations', 'sessions'].flatMap((dir) =>
          readdirSync(new URL(`../dist/data/${dir}/`, import.meta.url)).map(
            (file) => `package/dist/data/${dir}/${file}`,
          ),
        ),
        'package/package.json',
      ].sort(),
    );

    const app = join(work, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}');
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(work, tarball)], {
      cwd: app,
      stdio: 'pipe',
    });
    expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['@csto']);
    const out = execFileSync(join(app, 'node_modules', '.bin', 'csto'), ['members'], { encoding: 'utf8' });
    for (const code of membersOn(todayUtc())) expect(out).toContain(states[code].name.en);
    // The records ship as one file per domain beside the bundle, each read on first use: all must be packed.
    const session = execFileSync(
      join(app, 'node_modules', '.bin', 'csto'),
      ['session', 'cmd-2021-04-27-dushanbe', '--sources'],
      {
        encoding: 'utf8',
      },
    );
    expect(session).toContain('Dushanbe');
    expect(session).toContain('Kazinform');
  });
});
