import type { Language } from '@csto/core';
import { DATA_AS_OF, todayUtc } from '@csto/core/dates';
import { commands } from './commands/index.js';
import type { CommandSpec, OptionSpec } from './internal/_define.js';
import { UsageError } from './internal/_errors.js';
import { parse } from './internal/_parse.js';
import { closest, didYouMean } from './internal/_suggest.js';
import { makeStyle, wantsColor } from './internal/_text.js';
import { commandUsage, programUsage } from './internal/_usage.js';
import { VERSION } from './version.js';

/**
 * The options every command accepts.
 * @example
 * globalOptions.map((o) => o.name); //=> ['json', 'lang', 'sources', 'help', 'version']
 */
export const globalOptions: readonly OptionSpec[] = [
  { name: 'json', description: 'print the library’s objects as JSON (see the README for each shape)' },
  { name: 'lang', value: { choices: ['en', 'ru'] }, placeholder: 'LANG', description: 'en or ru (default: en)' },
  { name: 'sources', description: 'number each line and list its sources' },
  { name: 'help', short: 'h', description: 'show the help' },
  { name: 'version', short: 'v', description: 'show the version' },
];

/**
 * What one run printed and how it ended.
 * @example
 * main(['member'], environment).code; //=> 2
 */
export interface Result {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: 0 | 1 | 2;
}

/**
 * Where a run happens: its environment and whether standard output is a terminal.
 * @example
 * const environment: Environment = { env: process.env, isTty: () => false };
 */
export interface Environment {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal; asked only when colours are otherwise possible. */
  readonly isTty: () => boolean;
}

const valueOptions = new Set(
  [...globalOptions, ...commands.flatMap((c) => c.options)]
    .filter((o) => o.value !== undefined)
    .map((o) => `--${o.name}`),
);

/** The index of the command name among the tokens: the first one that is neither an option nor its value. */
function commandIndex(tokens: readonly string[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '--') return i + 1 < tokens.length ? i + 1 : -1;
    if (!token.startsWith('-')) return i;
    if (valueOptions.has(token)) i++;
  }
  return -1;
}

function findCommand(name: string): CommandSpec {
  const found = commands.find((c) => c.name === name);
  if (found) return found;
  const names = ['help', ...commands.map((c) => c.name)];
  throw new UsageError(
    `unknown command "${name}": expected one of ${names.join(', ')}.${didYouMean(closest(name, names))}`,
  );
}

/**
 * Runs the program on its arguments. Never throws: every outcome is a {@link Result}.
 * @example
 * main(['chair', '2021'], { env: {}, isTty: () => false }).stdout.includes('Emomali Rahmon'); //=> true
 */
export function main(argv: readonly string[], environment: Environment): Result {
  try {
    const at = commandIndex(argv);
    let name = at === -1 ? 'overview' : argv[at]!;
    let rest = at === -1 ? [...argv] : [...argv.slice(0, at), ...argv.slice(at + 1)];
    if (name === 'help') {
      const topic = rest.find((token) => !token.startsWith('-'));
      if (topic === undefined) return ok(programUsage(commands, globalOptions, VERSION, DATA_AS_OF));
      name = topic;
      rest = ['--help'];
    }
    const command = findCommand(name);
    // `--help` and `--version` win over anything else on the line, even a bad value.
    if (rest.includes('--help') || rest.includes('-h')) {
      return ok(
        at === -1 ? programUsage(commands, globalOptions, VERSION, DATA_AS_OF) : commandUsage(command, globalOptions),
      );
    }
    if (rest.includes('--version') || rest.includes('-v')) return ok(`${VERSION}\n`);
    const parsed = parse(rest, [...command.options, ...globalOptions], command.args, `csto ${command.name}`);
    const json = parsed.options.json === true;
    const context = {
      args: parsed.args,
      options: parsed.options,
      lang: (parsed.options.lang ?? 'en') as Language,
      sources: parsed.options.sources === true,
      json,
      style: makeStyle(!json && wantsColor(environment.isTty, environment.env)),
      today: todayUtc(),
    };
    const output = command.run(context);
    if ('raw' in output) return ok(output.raw);
    return ok(json ? `${JSON.stringify(output.json, null, 2)}\n` : output.text());
  } catch (error) {
    if (error instanceof UsageError) return { stdout: '', stderr: `csto: ${error.message}\n`, code: 2 };
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `csto: internal error: ${message}\n`, code: 1 };
  }
}

function ok(stdout: string): Result {
  return { stdout, stderr: '', code: 0 };
}
