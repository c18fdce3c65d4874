import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { IsoDate } from '@csto/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ArgsOf, OptionsOf } from '../src/internal/_define.js';
import type { globalOptions } from '../src/internal/_options.js';
import { BIN, csto, ok } from './_run.js';

// Parsing goes through node:util's parseArgs against each command's declaration, and the declaration types
// the values each command receives.

describe('parsing through node:util parseArgs', () => {
  it('reads grouped short options and inline values: csto -lru members, csto --lang=ru sg 2018-01-01', () => {
    expect(ok(['-lru', 'members'])).toBe(ok(['members', '--lang', 'ru']));
    expect(ok(['--lang=ru', 'sg', '2018-01-01'])).toBe(ok(['sg', '--on', '2018-01-01', '-l', 'ru']));
  });

  it('takes no option for the value of another: csto members --on --json', () => {
    const run = csto(['members', '--on', '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^csto: option --on needs a value: DATE\. Run `csto members --help`\.\n$/);
  });

  it('reads everything after -- as an argument: csto search -- --help searches for "--help"', () => {
    expect(ok(['search', '--', '--help'])).toMatch(/^No text in the data contains "--help"\.|matches for "--help"/);
  });

  it('leaves no hand tokeniser and no casts of parsed values in the commands', () => {
    const dir = new URL('../src/commands/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      expect(source, file).not.toMatch(
        /typeof context\.(args|options)|String\(context\.|context\.(args|options)[^;\n]* as (?!const)/,
      );
    }
    const parser = readFileSync(new URL('../src/internal/_parse.ts', import.meta.url), 'utf8');
    expect(parser).toContain("import { parseArgs } from 'node:util';");
    expect(parser).not.toMatch(/startsWith\('--'\)|indexOf\('='\)/);
  });
});

describe('the types a declaration gives its command', () => {
  it('types a year as a number, a day as an IsoDate, a flag as a boolean, and required arguments as present', () => {
    const declared = [
      { name: 'YEAR', required: false, value: 'year', description: '' },
      { name: 'STATE', required: true, value: 'string', description: '' },
    ] as const;
    expectTypeOf<ArgsOf<typeof declared>>().toEqualTypeOf<{ readonly STATE: string } & { readonly YEAR?: number }>();
    type Globals = OptionsOf<typeof globalOptions>;
    expectTypeOf<Globals['json']>().toEqualTypeOf<boolean | undefined>();
    const on = [
      { name: 'on', value: 'date', description: '' },
      { name: 'all', description: '' },
    ] as const;
    expectTypeOf<OptionsOf<typeof on>>().toEqualTypeOf<{ readonly on?: IsoDate; readonly all?: boolean }>();
  });
});

describe('shell completion, from the same declarations', () => {
  /** What bash completes after the words typed, with the script `csto completion bash` prints. */
  function complete(...words: string[]): string {
    const script = `eval "$("${process.execPath}" "${BIN}" completion bash)"; COMP_WORDS=(${words.map((w) => `"${w}"`).join(' ')}); COMP_CWORD=${words.length - 1}; _csto; echo "\${COMPREPLY[*]}"`;
    return spawnSync('bash', ['-c', script], { encoding: 'utf8' }).stdout.trim();
  }

  it('completes the values of an option with choices, and a command’s own options', () => {
    expect(complete('csto', 'export', '--format', '')).toBe('json csv ics');
    expect(complete('csto', '-l', '')).toBe('en ru');
    expect(complete('csto', 'completion', '')).toBe('bash zsh fish');
    expect(complete('csto', 'sessions', '--p')).toBe('--planned');
  });
});
