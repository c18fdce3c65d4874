import type { Language } from '@csto/core';
import { DATA_AS_OF, isProjection, todayUtc } from '@csto/core/dates';
import { commands } from './commands/index.js';
import type { CommandSpec } from './internal/_define.js';
import { UsageError } from './internal/_errors.js';
import { t } from './internal/_i18n.js';
import { globalOptions } from './internal/_options.js';
import { parse, tokenize } from './internal/_parse.js';
import { closest, didYouMean } from './internal/_suggest.js';
import { makeStyle, printable, quote, setWidth, wantsColor, wrap } from './internal/_text.js';
import { commandUsage, programUsage } from './internal/_usage.js';
import { VERSION } from './version.js';

export { globalOptions } from './internal/_options.js';

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
  /** The terminal's width, when standard output is a terminal. */
  readonly columns?: () => number | undefined;
}

/** Every option any command declares: enough to tell an option's value from the command's name. */
const anyOption = [...globalOptions, ...commands.flatMap((c) => c.options)];

/** A first word that is a day, not a command: `csto 2012-07-01` is the overview of that day. */
const DAY = /^(\d{4}-\d{2}-\d{2}|today|yesterday|tomorrow)$/i;

function findCommand(name: string): CommandSpec {
  const found = commands.find((c) => c.name === name);
  if (found) return found;
  const names = ['help', 'version', ...commands.map((c) => c.name)];
  const suggestion = name.length <= 60 ? closest(name, names) : undefined;
  const hint = /^\d{4}$/.test(name)
    ? ` For a year, try \`csto sessions ${name}\` or \`csto timeline ${name}\`.`
    : suggestion === undefined
      ? ' Run `csto --help`.'
      : `${didYouMean(suggestion)} Try \`csto ${suggestion}\`.`;
  throw new UsageError(`unknown command ${quote(name)}: expected one of ${names.join(', ')}.${hint}`);
}

/** The one-line notice for an answer about a day after the data date. */
function projectionNotice(on: string, lang: Language): string {
  return `${wrap(`${on} ${t('projection', lang)} ${DATA_AS_OF}: ${t('projectionTail', lang)}`, '').join('\n')}\n`;
}

/**
 * Runs the program on its arguments. Never throws: every outcome is a {@link Result}.
 * @example
 * main(['chair', '2021'], { env: {}, isTty: () => false }).stdout.includes('Emomali Rahmon'); //=> true
 */
export function main(argv: readonly string[], environment: Environment): Result {
  // The help a refusal points to when it names no command that would work.
  let help = 'csto --help';
  try {
    // The command is the first positional `parseArgs` finds, options and their values set aside.
    const first = tokenize(argv, anyOption).find((token) => token.kind === 'positional');
    const at = first === undefined || DAY.test(first.value) ? -1 : first.index;
    let name = at === -1 ? 'overview' : (argv[at] ?? 'overview');
    const rest = at === -1 ? [...argv] : [...argv.slice(0, at), ...argv.slice(at + 1)];
    if (name === 'version') return ok(`${VERSION}\n`);
    const restTokens = tokenize(rest, anyOption);
    const flag = (option: string): boolean => restTokens.some((t) => t.kind === 'option' && t.name === option);
    let wantsHelp = flag('help');
    if (name === 'help') {
      const topic = restTokens.find((token) => token.kind === 'positional')?.value;
      if (topic === undefined) return ok(programUsage(commands, globalOptions, VERSION, DATA_AS_OF));
      name = topic;
      wantsHelp = true;
    }
    const command = findCommand(name);
    // `--help` and `--version` win over anything else on the line, even a bad value.
    if (wantsHelp) {
      return ok(
        first === undefined
          ? programUsage(commands, globalOptions, VERSION, DATA_AS_OF)
          : commandUsage(command, globalOptions),
      );
    }
    if (flag('version')) return ok(`${VERSION}\n`);
    const today = todayUtc();
    const usage = `csto ${command.name === 'overview' ? '' : command.name}`.trim();
    help = `${usage} --help`;
    const parsed = parse(rest, [...command.options, ...globalOptions], command.args, usage, today, command.examples);
    const json = parsed.options.json === true;
    const lang: Language = parsed.options.lang === 'ru' ? 'ru' : 'en';
    const columns = environment.isTty() ? environment.columns?.() : undefined;
    setWidth(columns ?? 80);
    const context = {
      args: parsed.args,
      options: parsed.options,
      lang,
      sources: parsed.options.sources === true,
      json,
      style: makeStyle(!json && wantsColor(environment.isTty, environment.env)),
      today,
      isTty: environment.isTty,
    };
    const output = command.run(context);
    if ('help' in output) return ok(commandUsage(command, globalOptions));
    if ('raw' in output) return ok(output.raw);
    if (json) return ok(`${JSON.stringify(output.json, null, 2)}\n`);
    const notice = output.on !== undefined && isProjection(output.on) ? projectionNotice(output.on, lang) : '';
    return ok(printable(notice + output.text()));
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = error.message.includes('`csto') ? '' : ` Run \`${help}\`.`;
      return { stdout: '', stderr: `csto: ${error.message}${hint}\n`, code: 2 };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `csto: internal error: ${message}\n`, code: 1 };
  }
}

function ok(stdout: string): Result {
  return { stdout, stderr: '', code: 0 };
}
