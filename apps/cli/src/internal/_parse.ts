import { parseArgs } from 'node:util';
import type { IsoDate, YearMonth } from '@csto/core';
import { isCstoError, isIsoDate, isYearMonth, toIsoDate, toYear } from '@csto/core/dates';
import type { ArgSpec, OptionSpec, Value, ValueKind } from './_define.js';
import { UsageError } from './_errors.js';
import { closest, didYouMean } from './_suggest.js';
import { quote } from './_text.js';

/**
 * The parsed command line of one command, values read and checked.
 * @example
 * parse(['--on', '2021-04-27'], members.options, [], 'csto members', '2026-01-01').options.on; //=> '2021-04-27'
 */
export interface Parsed {
  readonly args: Record<string, Value | undefined>;
  readonly options: Record<string, Value | undefined>;
}

/**
 * One token of a command line as `node:util`'s `parseArgs` reads it, with `tokens: true`.
 * @example
 * const token: Token = { kind: 'positional', index: 0, value: 'members' };
 */
export type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * The tokens of a command line, read by `node:util`'s `parseArgs` against the options declared: which
 * words are options, which are their values and which are positionals. Unknown options are kept as
 * tokens (not thrown) so that the refusal can say what would work.
 * @example
 * tokenize(['--lang', 'ru', 'members'], globalOptions).at(-1); //=> { kind: 'positional', index: 2, value: 'members' }
 */
export function tokenize(argv: readonly string[], options: readonly OptionSpec[]): Token[] {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const o of options) {
    config[o.name] = { type: o.value === undefined ? 'boolean' : 'string', ...(o.short ? { short: o.short } : {}) };
  }
  return parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true }).tokens;
}

/**
 * Reads a value with the core's own validation, so that the messages for a bad date or year are the
 * library's; `where` names the option or argument in the message.
 * @example
 * readValue('2021', 'year', 'YEAR', '2026-01-01'); //=> 2021
 */
export function readValue(raw: string, kind: ValueKind, where: string, today: IsoDate): string | number {
  try {
    if (kind === 'period' && /^\d{4}-\d{2}$/.test(raw)) return yearMonthOf(raw, where);
    if (kind === 'period' && !/^(-?\d+|\d{4}-\d{2}-\d{2})$/.test(raw) && shifts[raw.toLowerCase()] === undefined) {
      throw new UsageError(
        `${where}: ${quote(raw)} is not a year, a month or a day: expected such as 2021, 2011-06 or 2021-04-27.`,
      );
    }
    if (kind === 'date' || ((kind === 'when' || kind === 'period') && !/^-?\d+$/.test(raw))) return dayOf(raw, today);
    if (kind === 'year' || kind === 'when' || kind === 'period') return toYear(/^-?\d+$/.test(raw) ? Number(raw) : raw);
  } catch (error) {
    if (isCstoError(error)) throw new UsageError(`${where}: ${error.message}`);
    throw error;
  }
  if (kind === 'string') return raw;
  if (kind.choices.includes(raw)) return raw;
  const suggestion = raw.length <= 60 ? closest(raw, kind.choices) : undefined;
  throw new UsageError(
    `${where}: unknown value ${quote(raw)}: expected one of ${kind.choices.join(', ')}.${didYouMean(suggestion)}`,
  );
}

/** A month as typed (`2011-06`), checked: a year the library answers for and a month from 01 to 12. */
function yearMonthOf(raw: string, where: string): YearMonth {
  toYear(Number(raw.slice(0, 4)));
  if (!isYearMonth(raw))
    throw new UsageError(`${where}: invalid month ${quote(raw)}: expected YYYY-MM, such as 2011-06.`);
  return raw;
}

const shifts: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1 };

/**
 * A day as typed: `YYYY-MM-DD` (checked by the core), or `today`, `yesterday`, `tomorrow` (UTC).
 * @example
 * dayOf('yesterday', '2021-03-01'); //=> '2021-02-28'
 */
export function dayOf(raw: string, today: IsoDate): IsoDate {
  const shift = shifts[raw.toLowerCase()];
  if (shift === undefined) return toIsoDate(raw);
  const [y, m, d] = today.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + shift)).toISOString().slice(0, 10);
  if (!isIsoDate(day)) throw new UsageError(`cannot compute ${raw}.`);
  return day;
}

/** The value of one option token, checked against its declaration. */
function optionValue(token: Extract<Token, { kind: 'option' }>, spec: OptionSpec, today: IsoDate): Value {
  const where = `--${spec.name}`;
  if (spec.value === undefined) {
    if (token.value !== undefined) throw new UsageError(`option ${where} takes no value, got ${quote(token.value)}.`);
    return true;
  }
  // `--on --json`: parseArgs would take `--json` for the day; no value starts with a dash.
  if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
    throw new UsageError(`option ${where} needs a value: ${spec.placeholder ?? 'VALUE'}.`);
  }
  return readValue(token.value, spec.value, where, today);
}

/**
 * Parses the arguments of one command against its declaration with `node:util`'s `parseArgs`. Options
 * may come before or after the positional arguments; `--name=value` and `--name value` both work; `--`
 * ends the options. Every refusal names what is accepted and the help to read.
 * @example
 * parse(['UZ'], [], state.args, 'csto state', '2026-01-01').args.STATE; //=> 'UZ'
 */
export function parse(
  argv: readonly string[],
  options: readonly OptionSpec[],
  args: readonly ArgSpec[],
  command: string,
  today: IsoDate,
  examples: readonly string[] = [],
): Parsed {
  const parsed: Parsed = { args: {}, options: {} };
  const positionals: string[] = [];
  for (const token of tokenize(argv, options)) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = options.find((o) => o.name === token.name);
    if (spec === undefined) {
      const names = options.map((o) => `--${o.name}`);
      const suggestion = token.rawName.length <= 60 ? closest(token.rawName, names) : undefined;
      throw new UsageError(
        `unknown option ${quote(token.rawName)} for \`${command}\`: expected ${names.join(', ')}.${didYouMean(suggestion)} Run \`${command} --help\`.`,
      );
    }
    parsed.options[spec.name] = optionValue(token, spec, today);
  }
  if (positionals.length > args.length) {
    const extra = positionals[args.length] ?? '';
    const accepted = args.length === 0 ? 'no arguments' : args.map((a) => a.name).join(' ');
    throw new UsageError(
      `unexpected argument ${quote(extra)} for \`${command}\`: it takes ${accepted}. Run \`${command} --help\`.`,
    );
  }
  args.forEach((arg, index) => {
    const raw = positionals[index];
    if (raw === undefined) {
      if (!arg.required) return;
      // An example with the argument given, as the command that would work.
      const example = examples.find((e) => e.startsWith(`${command} `) && !/ -|[|>$]/.test(e.slice(command.length)));
      const hint = example === undefined ? '' : ` For example: \`${example}\`.`;
      throw new UsageError(`\`${command}\` needs ${arg.name}: ${arg.description}.${hint}`);
    }
    const value = readValue(raw, arg.value, arg.name, today);
    // A positional that stands for an option: a day for `--on`, in `when` arguments only when it is a day.
    const option = arg.as !== undefined && (arg.value !== 'when' || typeof value === 'string') ? arg.as : undefined;
    if (option === undefined) {
      parsed.args[arg.name] = value;
    } else if (parsed.options[option] !== undefined) {
      throw new UsageError(`give the day once: \`${command} ${raw}\` or \`${command} --${option} ${raw}\`.`);
    } else {
      parsed.options[option] = value;
    }
  });
  return parsed;
}
