import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as workspaceCore from '@csto/core';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from './_setup.js';

const { full, packages } = inject('consumers');
const hasCli = existsSync(join(repoRoot, 'apps/cli/package.json'));

// The CLI package joins the workspace later; until then there is nothing to install.
describe.runIf(hasCli)('the installed @csto/cli tarball', () => {
  function csto(...args: string[]): string {
    return execFileSync('npx', ['--no', '--offline', 'csto', ...args], {
      cwd: full,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  }

  it('is packed and installed from its tarball', () => {
    expect(packages.map((pkg) => pkg.name)).toContain('@csto/cli');
    expect(existsSync(join(full, 'node_modules/@csto/cli/package.json'))).toBe(true);
  });

  it('runs `npx csto members` and exits 0', () => {
    expect(csto('members').trim().length).toBeGreaterThan(0);
  });

  it('lists today’s members with `npx csto members --json`', () => {
    const listed = JSON.stringify(JSON.parse(csto('members', '--json')));
    for (const code of workspaceCore.membersOn(workspaceCore.todayUtc())) expect(listed).toContain(`"${code}"`);
  });

  it('ships every data file the build wrote and answers from them: `npx csto session 2021-04-27 --sources`', () => {
    const listing = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).sort();
    const shipped = listing(join(full, 'node_modules/@csto/cli/dist/data'));
    expect(shipped).toEqual(listing(join(repoRoot, 'apps/cli/dist/data')));
    // One file per domain, but the sessions, one file per year (listed in sessions/years.json), so that
    // `csto session ID` reads one year.
    for (const name of workspaceCore.domainNames.filter((name) => name !== 'sessions'))
      expect(shipped).toContain(`${name}.json`);
    expect(shipped).toContain(join('sessions', 'years.json'));
    expect(shipped).toContain(join('sessions', '2021.json'));
    const out = csto('session', '2021-04-27', '--sources');
    expect(out).toContain('cmd-2021-04-27-dushanbe');
    expect(out).toContain('Kazinform');
  });

  it('shows a source’s citations from the core’s index: `npx csto source kazinform-2021-04-23 --json`', () => {
    const shown = JSON.parse(csto('source', 'kazinform-2021-04-23', '--json'));
    expect(shown.citations).toEqual(JSON.parse(JSON.stringify(workspaceCore.citationsOf('kazinform-2021-04-23'))));
  });

  it('exports byte for byte the core’s data.json: `npx csto export --format json`', () => {
    expect(csto('export', '--format', 'json')).toBe(workspaceCore.datasetJson());
  });
});
