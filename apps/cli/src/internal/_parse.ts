import type { IsoDate } from '@csto/core';
import { isCstoError, isIsoDate, toIsoDate, toYear } from '@csto/core/dates';
import type { ArgSpec, OptionSpec, ValueKind } from './_define.js';
import { UsageError } from './_errors.js';
import { closest, didYouMean } from './_suggest.js';
import { quote } from './_text.js';

/**
 * The parsed command line of one command.
 * @example
 * parse(['--on', '2021-04-27'], members.options, [], 'csto members').options.on; //=> '2021-04-27'
 */
export interface Parsed {
  readonly args: Record<string, string | number | undefined>;
  readonly options: Record<string, string | number | boolean | undefined>;
}

/**
 * Reads a value with the core's own validation, so that the messages for a bad date or year are the
 * library's; `where` names the option or argument in the message.
 * @example
 * readValue('2021', 'year', 'YEAR'); //=> 2021
 */
export function readValue(raw: string, kind: ValueKind, where: string, today: IsoDate): string | number {
  try {
    if (kind === 'date' || (kind === 'when' && !/^-?\d+$/.test(raw))) return dayOf(raw, today);
    if (kind === 'year' || kind === 'when') return toYear(/^-?\d+$/.test(raw) ? Number(raw) : raw);
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

/**
 * Parses the arguments of one command against its declaration. Options may come before or after the
 * positional arguments; `--name=value` and `--name value` both work; `--` ends the options.
 * @example
 * parse(['UZ'], [], state.args, 'csto state').args.CODE; //=> 'UZ'
 */
export function parse(
  tokens: readonly string[],
  options: readonly OptionSpec[],
  args: readonly ArgSpec[],
  command: string,
  today: IsoDate,
): Parsed {
  const parsed: Parsed = { args: {}, options: {} };
  const positionals: string[] = [];
  const names = options.map((o) => `--${o.name}`);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '--') {
      positionals.push(...tokens.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-' || /^-\d/.test(token)) {
      positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const flag = eq === -1 ? token : token.slice(0, eq);
    const spec = flag.startsWith('--')
      ? options.find((o) => o.name === flag.slice(2))
      : options.find((o) => o.short !== undefined && o.short === flag.slice(1));
    if (spec === undefined) {
      const suggestion = flag.length <= 60 ? closest(flag, names) : undefined;
      throw new UsageError(
        `unknown option ${quote(flag)} for \`${command}\`: expected ${names.join(', ')}.${didYouMean(suggestion)} Run \`${command} --help\`.`,
      );
    }
    const where = `--${spec.name}`;
    if (spec.value === undefined) {
      if (eq !== -1) throw new UsageError(`option ${where} takes no value, got "${token.slice(eq + 1)}".`);
      parsed.options[spec.name] = true;
      continue;
    }
    let raw: string | undefined;
    if (eq !== -1) raw = token.slice(eq + 1);
    else if (i + 1 < tokens.length && !tokens[i + 1]!.startsWith('--')) raw = tokens[++i];
    if (raw === undefined) {
      throw new UsageError(`option ${where} needs a value: ${spec.placeholder ?? 'VALUE'}.`);
    }
    parsed.options[spec.name] = readValue(raw, spec.value, where, today);
  }
  if (positionals.length > args.length) {
    const extra = positionals[args.length]!;
    const accepted = args.length === 0 ? 'no arguments' : args.map((a) => a.name).join(' ');
    throw new UsageError(
      `unexpected argument ${quote(extra)} for \`${command}\`: it takes ${accepted}. Run \`${command} --help\`.`,
    );
  }
  args.forEach((arg, index) => {
    const raw = positionals[index];
    if (raw === undefined) {
      if (arg.required) throw new UsageError(`\`${command}\` needs ${arg.name}: ${arg.description}`);
      return;
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
