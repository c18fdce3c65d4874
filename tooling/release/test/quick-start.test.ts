/**
 * The README's quick start is a promise to newcomers: exactly two commands, one that runs the main job and one
 * that runs the tests, and CI runs the second one verbatim.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const ciRun = readFileSync(resolve(root, '.ci/run'), 'utf8');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  packageManager: string;
  scripts: Record<string, string>;
};

/** The shell commands in the code blocks of the README's "Quick start" section. */
function quickStartCommands(): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Quick start'));
  if (!section) return [];
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
    (block[1] ?? '').split('\n').filter((line) => line.trim() !== ''),
  );
}

describe('the README quick start', () => {
  const commands = quickStartCommands();

  it('has exactly two commands: install and start, install and test', () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/ install .*&& .* start$/);
    expect(commands[1]).toMatch(/ install .*&& .* test$/);
  });

  it('needs only Node and npm: pnpm comes through npx, at the version the repository pins', () => {
    const pinned = manifest.packageManager.replace('pnpm@', '');
    for (const command of commands) {
      for (const step of command.split('&&')) expect(step.trim()).toMatch(new RegExp(`^npx pnpm@${pinned} `));
    }
    expect(manifest.scripts.start).toBeDefined();
    expect(manifest.scripts.test).toBeDefined();
  });

  it('is what CI runs: .ci/run calls the test command verbatim', () => {
    const test = commands[1] ?? '';
    const ciCommands = ciRun.split('\n').map((line) => line.replaceAll('npx --yes ', 'npx ').trim());
    expect(ciCommands).toContain(test);
  });
});
