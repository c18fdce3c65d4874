import { isCstoError, toIsoDate, toYear } from '@csto/core/dates';
import type { ArgSpec, OptionSpec, ValueKind } from './_define.js';
import { UsageError } from './_errors.js';
import { closest, didYouMean } from './_suggest.js';

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
export function readValue(raw: string, kind: ValueKind, where: string): string | number {
  try {
    if (kind === 'date') return toIsoDate(raw);
    if (kind === 'year') return toYear(/^-?\d+$/.test(raw) ? Number(raw) : raw);
  } catch (error) {
    if (isCstoError(error)) throw new UsageError(`${where}: ${error.message}`);
    throw error;
  }
  if (kind === 'string') return raw;
  if (kind.choices.includes(raw)) return raw;
  throw new UsageError(
    `${where}: unknown value "${raw}": expected one of ${kind.choices.join(', ')}.${didYouMean(closest(raw, kind.choices))}`,
  );
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
      throw new UsageError(
        `unknown option ${flag} for \`${command}\`: expected ${names.join(', ')}.${didYouMean(closest(flag, names))}`,
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
    parsed.options[spec.name] = readValue(raw, spec.value, where);
  }
  if (positionals.length > args.length) {
    const extra = positionals[args.length]!;
    const accepted = args.length === 0 ? 'no arguments' : args.map((a) => a.name).join(' ');
    throw new UsageError(`unexpected argument "${extra}" for \`${command}\`: it takes ${accepted}.`);
  }
  args.forEach((arg, index) => {
    const raw = positionals[index];
    if (raw === undefined) {
      if (arg.required) throw new UsageError(`\`${command}\` needs ${arg.name}: ${arg.description}`);
      return;
    }
    parsed.args[arg.name] = readValue(raw, arg.value, arg.name);
  });
  return parsed;
}
